import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config/config.js';
import { readOrCreateSecret } from './config/local-secret.js';
import { loadDataKey } from './crypto/data-key.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemoAccounts, type DemoAccount } from './seed/seed-demo-accounts.js';
import { seedProvinces } from './seed/seed-provinces.js';
import { scheduleRetention } from './routes/cases/retention-schedule.js';

/** The product's version, from the root package.json. */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** A running server and what it created on this start. */
export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  /** Demo accounts created on this start (first start only). */
  demoAccounts: DemoAccount[];
}

/** Opens, migrates and seeds the database named by the configuration. */
export async function prepareDatabase(config: Config): Promise<{ database: DatabaseHandle; demoAccounts: DemoAccount[] }> {
  const database = openDatabase(config.DATABASE_URL);
  try {
    await migrateToLatest(database.db);
    await seedProvinces(database.db);
    const demoAccounts = await seedDemoAccounts(database.db);
    return { database, demoAccounts };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Starts the product: database ready, app built, listening; on SIGTERM/SIGINT it stops
 * taking connections, lets in-flight requests finish, then closes the database.
 */
export async function startServer(config: Config, webRoot: string): Promise<RunningServer> {
  const { database, demoAccounts } = await prepareDatabase(config);
  const app = await buildApp({
    database,
    sessionSecret: config.KMM_SESSION_SECRET ?? readOrCreateSecret(join(config.KMM_VAR_DIR, 'session-secret')),
    dataKey: loadDataKey(config),
    version: VERSION,
    webRoot,
    trustProxy: config.TRUST_PROXY,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    logger: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-report-pin"]', 'res.headers["set-cookie"]'],
    },
  });
  scheduleRetention(app, database.db, config.KMM_RETENTION_DAYS);
  app.addHook('onClose', async () => database.close());
  await app.listen({ port: config.PORT, host: config.HOST });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return { app, database, url: `http://localhost:${port}`, demoAccounts };
}
