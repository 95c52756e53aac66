import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../db/database.js';

let reporterIp = 0;

/** A submitted report: what the reporter got back, and the case id counsellors use. */
export interface SubmittedReport {
  code: string;
  pin: string;
  caseId: string;
}

/**
 * Sends `POST /api/reports` from a fresh client address (reports are rate-limited per IP)
 * and looks up the case id; throws unless the report was accepted.
 */
export async function submitReport(app: FastifyInstance, database: DatabaseHandle, body: Record<string, unknown>): Promise<SubmittedReport> {
  reporterIp += 1;
  const res = await app.inject({
    method: 'POST',
    url: '/api/reports',
    payload: body,
    remoteAddress: `10.${(reporterIp >> 16) & 255}.${(reporterIp >> 8) & 255}.${reporterIp & 255}`,
  });
  if (res.statusCode !== 201) throw new Error(`report refused: ${res.statusCode} ${res.body}`);
  const { code, pin } = res.json<{ code: string; pin: string }>();
  const row = await database.db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return { code, pin, caseId: row.id };
}
