/**
 * Who read or changed what, append-only: no route updates or deletes a row, and retention
 * keeps it. `detail` is JSON without case contents (ids, statuses, encrypted reasons).
 */
export interface AuditLogTable {
  id: string;
  at: string;
  /** The signed-in user; null for an anonymous reporter or the system (retention). */
  user_id: string | null;
  action: string;
  case_id: string | null;
  detail: string | null;
}
