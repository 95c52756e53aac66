/**
 * The detector's public contract. Ids are those of the project's taxonomy (docs/taxonomy.md):
 * they never change once shipped, so the learning content, cases, indicators and the
 * dashboard can all rely on them.
 */

/** Risk levels, ordered from least to most serious. */
export const RISK_LEVELS = ['safe', 'caution', 'danger', 'emergency'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** What the trick is. */
export const SCHEME_IDS = [
  'online_kidnapping',
  'authority_impersonation',
  'grooming',
  'sextortion',
  'prize_scam',
  'game_scam',
  'job_scam',
  'account_takeover',
  'impersonation_contact',
  'family_emergency',
  'phishing_link',
  'gambling_lure',
  'loan_scam',
  'shopping_scam',
  'substance_lure',
  'self_harm_risk',
  'harmful_challenge',
] as const;
export type SchemeId = (typeof SCHEME_IDS)[number];

/** The red flags a person can learn to see. */
export const SIGNAL_IDS = [
  'authority_claim',
  'accusation_threat',
  'secrecy',
  'isolation',
  'urgency',
  'money_request',
  'deposit_first',
  'credential_request',
  'personal_info_request',
  'photo_request',
  'flattery_trust',
  'gift_offer',
  'too_good_to_be_true',
  'move_private',
  'meet_offline',
  'age_probe',
  'blackmail',
  'self_harm_incitement',
  'self_harm_statement',
  'substance_offer',
  'suspicious_link',
  'suspicious_phone',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/**
 * A piece of the input a finding rests on. `start`/`end` are UTF-16 offsets into the
 * original text (for a conversation: into `messages[message].text`), and `text` equals
 * that slice exactly.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
  /** Index of the message in a conversation input; absent for a single text. */
  message?: number;
}

export interface SignalHit {
  id: SignalId;
  evidence: Span[];
}

export interface SchemeScore {
  id: SchemeId;
  /** 0..1, higher means more confident. */
  score: number;
}

export interface ChatMessage {
  from: 'them' | 'me';
  text: string;
}

/** What `analyze` accepts: a text, a conversation, a URL or a phone number. */
export type AnalyzeInput =
  | string
  | { text: string }
  | { messages: ChatMessage[] }
  | { url: string }
  | { phone: string };
