import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DatabaseHandle } from './db/database.js';
import accessControl from './plugins/app/access-control.js';
import database from './plugins/app/database.js';
import dataCipher from './plugins/app/data-cipher.js';
import errorHandler from './plugins/app/error-handler.js';
import gracefulClose from './plugins/app/graceful-close.js';
import webApp from './plugins/app/web-app.js';
import compress from './plugins/external/compress.js';
import helmet from './plugins/external/helmet.js';
import openapi from './plugins/external/openapi.js';
import rateLimit from './plugins/external/rate-limit.js';
import session from './plugins/external/session.js';
import auditRoutes from './routes/audit/index.js';
import authRoutes from './routes/auth/index.js';
import casesRoutes from './routes/cases/index.js';
import indicatorsRoutes from './routes/indicators/index.js';
import reportsRoutes from './routes/reports/index.js';
import certificatesRoutes from './routes/certificates/index.js';
import checkRoutes from './routes/check/index.js';
import learnProgressRoutes from './routes/learn-progress/index.js';
import pledgesRoutes from './routes/pledges/index.js';
import campaignRoutes from './routes/campaign/index.js';
import { learnCatalog } from './learn/learn-catalog.js';
import type { LearnCatalog } from '@kmm/content';
import healthRoutes from './routes/health/index.js';
import provincesRoutes from './routes/provinces/index.js';
import usersRoutes from './routes/users/index.js';

/** What {@link buildApp} needs; the caller owns the database and closes it. */
export interface AppOptions {
  database: DatabaseHandle;
  /** Signs session cookies (≥ 32 characters). */
  sessionSecret: string;
  /** 32-byte AES-256-GCM key that encrypts case contents (`KMM_DATA_KEY` or `var/data-key`). */
  dataKey: Buffer;
  /** Reported by /api/health. */
  version: string;
  /** Folder of the built web app; omitted, only the API is served. */
  webRoot?: string;
  /** Trust X-Forwarded-* from a reverse proxy (for Secure cookies and client IPs). Default false. */
  trustProxy?: boolean;
  /** API requests per minute per IP. Default 1,200 (see config). */
  rateLimitPerMinute?: number;
  /** The learning catalog (certificates check tracks against it). Default: compiled from packages/content on first use. */
  learnCatalog?: () => Promise<LearnCatalog>;
  /** Pino logger options, or false. Default false (tests stay quiet). */
  logger?: FastifyServerOptions['logger'];
}

/** Largest request body the API accepts unless a route says otherwise. */
const DEFAULT_BODY_LIMIT = 256 * 1024;

/**
 * Builds the application without listening, so tests drive it with `app.inject` and
 * `server.ts` alone owns the socket and the process.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: DEFAULT_BODY_LIMIT,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorHandler);
  await app.register(gracefulClose);
  await app.register(helmet);
  await app.register(compress);
  await app.register(rateLimit, { perMinute: options.rateLimitPerMinute ?? 1200 });
  await app.register(database, { handle: options.database });
  await app.register(dataCipher, { key: options.dataKey });
  await app.register(session, { secret: options.sessionSecret });
  await app.register(accessControl);
  await app.register(openapi, { version: options.version });

  await app.register(healthRoutes(options.version), { prefix: '/api/health' });
  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(usersRoutes, { prefix: '/api/users' });
  await app.register(provincesRoutes, { prefix: '/api/provinces' });
  await app.register(checkRoutes, { prefix: '/api/check' });
  await app.register(learnProgressRoutes, { prefix: '/api/learn/progress' });
  await app.register(certificatesRoutes(options.learnCatalog ?? learnCatalog), { prefix: '/api/certificates' });
  await app.register(pledgesRoutes, { prefix: '/api/pledges' });
  await app.register(reportsRoutes, { prefix: '/api/reports' });
  await app.register(casesRoutes, { prefix: '/api/cases' });
  await app.register(indicatorsRoutes, { prefix: '/api/indicators' });
  await app.register(auditRoutes, { prefix: '/api/audit' });
  await app.register(campaignRoutes, { prefix: '/api/campaign' });

  if (options.webRoot) await app.register(webApp, { root: options.webRoot });
  return app;
}
