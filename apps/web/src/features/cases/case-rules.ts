import type { CaseStatus, Urgency } from '../../api/api-types.js';

/**
 * The server's case workflow (apps/server routes/cases/case-workflow.ts), mirrored so the
 * page offers only the moves the server accepts; the server still decides.
 */
export const STATUS_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  new: ['triaged'],
  triaged: ['in_progress', 'closed'],
  in_progress: ['referred', 'closed'],
  referred: ['in_progress', 'closed'],
  closed: ['in_progress'],
};

export const CASE_STATUSES: readonly CaseStatus[] = ['new', 'triaged', 'in_progress', 'referred', 'closed'];

/** First-response targets by urgency, in minutes (emergency 15 min, danger 24 h, normal 72 h). */
export const RESPONSE_TARGET_MINUTES: Readonly<Record<Urgency, number>> = { emergency: 15, danger: 24 * 60, normal: 72 * 60 };

/** A span of time in the largest unit that reads well: minutes under 2 h, hours under 2 days, else days. */
export function roundSpan(ms: number): { unit: 'minutes' | 'hours' | 'days'; count: number } {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 120) return { unit: 'minutes', count: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { unit: 'hours', count: hours };
  return { unit: 'days', count: Math.round(hours / 24) };
}

/** Where a case stands against its response target. */
export type DueState =
  | { kind: 'answered'; late: boolean }
  | { kind: 'open'; overdue: false; leftMs: number }
  | { kind: 'open'; overdue: true; lateMs: number };

export function dueState(c: { dueAt: string; firstResponseAt: string | null }, now: number): DueState {
  const due = Date.parse(c.dueAt);
  if (c.firstResponseAt !== null) return { kind: 'answered', late: Date.parse(c.firstResponseAt) > due };
  return now > due ? { kind: 'open', overdue: true, lateMs: now - due } : { kind: 'open', overdue: false, leftMs: due - now };
}
