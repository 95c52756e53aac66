import type { SchemeId } from '@kmm/detector';

/** What an indicator is: a phone (E.164), a registrable domain, a script phrase, or an image's PDQ hash. */
export const INDICATOR_KINDS = ['phone', 'domain', 'phrase', 'pdq'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** An indicator proposed from a case; it reaches the detector only once a second counsellor confirms it. */
export interface IndicatorsTable {
  id: string;
  kind: IndicatorKind;
  /** Normalised: `+84912345678`, `scam-example.top`, the phrase trimmed, or lower-case hex. */
  value: string;
  scheme: SchemeId;
  status: 'proposed' | 'confirmed' | 'rejected';
  case_id: string | null;
  proposed_by: string;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
}
