import { z } from 'zod';

const configSchema = z.object({
  /** TCP port. Default 3000. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on. Default all interfaces. */
  HOST: z.string().default('0.0.0.0'),
  /** `postgres://…` for PostgreSQL, `sqlite:path` or a file path for SQLite. Default `sqlite:var/kmm.sqlite`. */
  DATABASE_URL: z.string().default('sqlite:var/kmm.sqlite'),
  /** Folder for the SQLite file, the key files and backups. Default `var`. */
  KMM_VAR_DIR: z.string().default('var'),
  /**
   * Secret that signs session cookies, ≥ 32 characters. Every instance behind one load
   * balancer needs the same one. Default: generated once into `var/session-secret`.
   */
  KMM_SESSION_SECRET: z.string().min(32).optional(),
  /**
   * Key that encrypts case contents at rest: 32 bytes in base64. Every instance needs the
   * same one, and losing it makes stored reports unreadable. Default: generated once into
   * `var/data-key` (mode 0600).
   */
  KMM_DATA_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, { message: 'must be 32 bytes in base64' })
    .optional(),
  /** Days a closed case keeps its contents before retention erases them. Default 180. */
  KMM_RETENTION_DAYS: z.coerce.number().int().positive().default(180),
  /** Pino log level. Default `info`. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set to `true` behind a reverse proxy that terminates HTTPS, so cookies get `Secure`. */
  TRUST_PROXY: z.stringbool().default(false),
  /**
   * Requests per minute per IP on the API before 429. Default 1,200: a whole class behind one
   * school's NAT shares an address during a live session; sensitive routes have their own, lower limits.
   */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(1200),
});

/** Validated server configuration, read once from the environment. */
export type Config = z.infer<typeof configSchema>;

/** Reads and validates the environment; throws a readable error naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
