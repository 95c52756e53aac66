import { SCHEME_IDS, SIGNAL_IDS, type SchemeId, type SignalId } from '@kmm/detector';

// The detector owns the taxonomy's ids (docs/taxonomy.md); content is checked against them.
export { SCHEME_IDS, SIGNAL_IDS, type SchemeId, type SignalId };

/** Whether `id` is a scheme id of the taxonomy. */
export function isSchemeId(id: string): id is SchemeId {
  return (SCHEME_IDS as readonly string[]).includes(id);
}

/** Whether `id` is a signal id of the taxonomy. */
export function isSignalId(id: string): id is SignalId {
  return (SIGNAL_IDS as readonly string[]).includes(id);
}
