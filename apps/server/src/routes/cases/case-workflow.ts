import type { CaseStatus } from './case-vocabulary.js';

/**
 * The case workflow: new → triaged → in_progress → referred → closed. A triaged or
 * in-progress case may close without a referral (spam, resolved by talking), a referred one
 * may go back to work, and a closed case reopens to in_progress.
 */
export const STATUS_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  new: ['triaged'],
  triaged: ['in_progress', 'closed'],
  in_progress: ['referred', 'closed'],
  referred: ['in_progress', 'closed'],
  closed: ['in_progress'],
};

/** Whether a case may move from one status to the other. */
export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}
