import type { RiskLevel } from '@kmm/detector';
import type { AgeBand, CaseStatus, Reporter, Urgency } from './case-vocabulary.js';

/**
 * One report and its handling. Columns ending in `_enc` hold {@link DataCipher} envelopes
 * and are erased (set to null) by retention; the rest is the anonymous aggregate kept
 * afterwards. The `*_rank` columns are the queue order, fixed at intake so it sorts in SQL.
 */
export interface CasesTable {
  id: string;
  /** What the reporter types to follow up, e.g. `KM-7F3K-9QX2`. */
  code: string;
  /** argon2id hash of the 6-digit PIN; the PIN itself is shown once. */
  pin_hash: string;
  /** While in the future, the code answers 429 even to the right PIN. */
  pin_locked_until: string | null;
  status: CaseStatus;
  urgency: Urgency;
  urgency_rank: number;
  /** The browser detector's risk, as sent. */
  risk: RiskLevel | null;
  risk_rank: number;
  age_band: AgeBand | null;
  age_rank: number;
  reporter: Reporter | null;
  province_id: string | null;
  /** ISO week of intake (`2025-W07`), for aggregate counts. */
  week: string;
  /** 0/1: came through the emergency path. */
  emergency: number;
  /** 0/1: the reporter agreed to be contacted (and so to be referred). */
  contact_consent: number;
  /** 0/1: consent to a referral, recorded by a counsellor. */
  referral_consent: number;
  /** JSON `{risk, schemes: [{id, score}]}` from the browser, or null. */
  detector: string | null;
  /** JSON array of 64-hex PDQ hashes of images the reporter kept on the device. */
  pdq_hashes: string;
  narrative_enc: string | null;
  conversation_enc: string | null;
  /** JSON `{links, phones}` as given. */
  evidence_enc: string | null;
  nickname_enc: string | null;
  contact_enc: string | null;
  assigned_to: string | null;
  created_at: string;
  due_at: string;
  /** First counsellor action; the response-time target is met when it is before `due_at`. */
  first_response_at: string | null;
  updated_at: string;
  closed_at: string | null;
  /** When retention erased the contents. */
  purged_at: string | null;
}

/** The schemes of a case (`unknown` when nobody could say), one row each, for filters and counts. */
export interface CaseSchemesTable {
  case_id: string;
  scheme: string;
}

/** Who wrote a message: the reporter, a counsellor to the reporter, or a counsellor to colleagues. */
export type CaseMessageKind = 'reporter' | 'reply' | 'note';

/** The conversation on a case and internal notes; bodies are encrypted and erased by retention. */
export interface CaseMessagesTable {
  id: string;
  case_id: string;
  at: string;
  kind: CaseMessageKind;
  /** The counsellor; null for the reporter. */
  user_id: string | null;
  body_enc: string | null;
}

/** Screenshots, metadata stripped, encrypted; deleted by retention. */
export interface CaseScreenshotsTable {
  id: string;
  case_id: string;
  mime: string;
  /** Size after metadata was stripped, before encryption. */
  bytes: number;
  data_enc: string;
  created_at: string;
}

/** What happened to a case (claims, assignments, status changes, referrals) for its timeline. */
export interface CaseEventsTable {
  id: string;
  case_id: string;
  at: string;
  /** The counsellor; null for the reporter or the system. */
  user_id: string | null;
  kind: 'created' | 'claimed' | 'assigned' | 'status' | 'referral';
  /** JSON without case contents, e.g. `{"from":"new","to":"triaged"}`. */
  detail: string;
}

/** Wrong PINs, kept in the database so the lock holds across instances. */
export interface ReportPinFailuresTable {
  id: string;
  case_id: string;
  at: string;
}
