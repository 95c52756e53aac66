import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CaseRow } from './case-context.js';
import { isBreached } from './case-urgency.js';

/** A case as the queue shows it: no contents. */
export interface CaseSummary {
  id: string;
  code: string;
  status: CaseRow['status'];
  urgency: CaseRow['urgency'];
  risk: CaseRow['risk'];
  ageBand: CaseRow['age_band'];
  reporter: CaseRow['reporter'];
  provinceId: string | null;
  schemes: string[];
  emergency: boolean;
  assignedTo: string | null;
  createdAt: string;
  dueAt: string;
  firstResponseAt: string | null;
  breached: boolean;
}

/** The schemes of each case, by case id. */
export async function schemesOf(db: Kysely<Database>, caseIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return map;
  const rows = await db.selectFrom('case_schemes').selectAll().where('case_id', 'in', caseIds).orderBy('scheme').execute();
  for (const row of rows) map.get(row.case_id)?.push(row.scheme);
  return map;
}

/** Maps a row to its summary; `breached` is judged at `now`. */
export function toSummary(row: CaseRow, schemes: string[], now: Date): CaseSummary {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    urgency: row.urgency,
    risk: row.risk,
    ageBand: row.age_band,
    reporter: row.reporter,
    provinceId: row.province_id,
    schemes,
    emergency: row.emergency === 1,
    assignedTo: row.assigned_to,
    createdAt: row.created_at,
    dueAt: row.due_at,
    firstResponseAt: row.first_response_at,
    breached: isBreached(row.due_at, row.first_response_at, now),
  };
}
