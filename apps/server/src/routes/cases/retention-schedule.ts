import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { purgeClosedCases } from './purge-closed-cases.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Runs {@link purgeClosedCases} now and then every day while the app lives. The timer is
 * unref'd (it never keeps the process alive) and cleared when the app closes. Running at
 * start too means an instance restarted more often than daily still purges. Call before
 * the app starts listening (it adds an onClose hook).
 */
export function scheduleRetention(app: FastifyInstance, db: Kysely<Database>, retentionDays: number, intervalMs: number = DAY_MS): void {
  const run = () => {
    purgeClosedCases(db, new Date(), retentionDays).then(
      (purged) => {
        if (purged > 0) app.log.info({ purged, retentionDays }, 'retention erased closed cases');
      },
      (error: unknown) => app.log.error({ err: error }, 'retention failed'),
    );
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
  run();
}
