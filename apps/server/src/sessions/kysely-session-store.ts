import type { SessionStore } from '@fastify/session';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

const DEFAULT_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * Keeps sessions in the `sessions` table so any server instance can serve any request
 * (the server stays stateless behind a load balancer).
 */
export class KyselySessionStore implements SessionStore {
  constructor(private readonly db: Kysely<Database>) {}

  set: SessionStore['set'] = (sid, session, callback) => {
    const cookieExpires = (session as { cookie?: { expires?: Date | string | null } }).cookie?.expires;
    const expires = cookieExpires ? new Date(cookieExpires) : new Date(Date.now() + DEFAULT_TTL_MS);
    const row = { sid, data: JSON.stringify(session), expires_at: expires.toISOString() };
    this.db
      .insertInto('sessions')
      .values(row)
      .onConflict((oc) => oc.column('sid').doUpdateSet({ data: row.data, expires_at: row.expires_at }))
      .execute()
      .then(() => callback(), (err: Error) => callback(err));
  };

  get: SessionStore['get'] = (sid, callback) => {
    this.db
      .selectFrom('sessions')
      .select(['data', 'expires_at'])
      .where('sid', '=', sid)
      .executeTakeFirst()
      .then(
        (row) => {
          if (!row || row.expires_at < new Date().toISOString()) return callback(null, null);
          callback(null, JSON.parse(row.data));
        },
        (err: Error) => callback(err, null),
      );
  };

  destroy: SessionStore['destroy'] = (sid, callback) => {
    this.db
      .deleteFrom('sessions')
      .where('sid', '=', sid)
      .execute()
      .then(() => callback(), (err: Error) => callback(err));
  };

  /** Deletes expired sessions; returns how many. */
  async prune(now = new Date()): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
