import type { LinkFinding } from './links/link-finding.js';
import type { PhoneFinding } from './phones/phone-finding.js';

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

/** How far a grooming conversation has gone, in the order groomers usually move. */
export const GROOMING_STAGES = ['trust', 'secrecy', 'request', 'meeting'] as const;
export type GroomingStage = (typeof GROOMING_STAGES)[number];

/** A confirmed indicator from counsellors: what to look for and the scheme it belongs to. */
export interface Indicator {
  /** A phone number in E.164 (`+84912345678`), a registrable domain, or a phrase as written. */
  value: string;
  scheme: SchemeId;
}

/** Indicators confirmed by counsellors (reports turned into warnings). */
export interface IndicatorSet {
  phones?: readonly Indicator[];
  domains?: readonly Indicator[];
  phrases?: readonly Indicator[];
}

/** An indicator found in the input, with where it was found. */
export interface IndicatorMatch {
  kind: 'phone' | 'domain' | 'phrase';
  value: string;
  scheme: SchemeId;
  evidence: Span[];
}

/** A step of advice for the reader of a result, for the child or for the parent/teacher. */
export interface Advice {
  id: string;
  audience: 'child' | 'parent';
  text: { vi: string; en: string };
  /** When set, show a call button for this number next to the step. */
  helpLine?: '111' | '113' | '115' | '156' | '5656';
}

/** A feature of the learned model and how hard it pushed towards the top scheme. */
export interface ModelExplanation {
  scheme: SchemeId;
  features: { feature: string; weight: number }[];
}

/** What {@link analyze} returns. */
export interface AnalysisResult {
  risk: RiskLevel;
  /** Recognised schemes, most likely first (score ≥ 0.4). */
  schemes: SchemeScore[];
  /** Red flags in taxonomy order, each with its evidence. */
  signals: SignalHit[];
  /** Every link found, with its verdict. */
  links: LinkFinding[];
  /** Every phone number found, with its verdict. */
  phones: PhoneFinding[];
  /** What to do now: help-line steps first in an emergency; child steps before parent steps. */
  advice: Advice[];
  /** For grooming: the furthest stage the conversation reached. */
  stage?: GroomingStage;
  /** Reported indicators found in the input. */
  indicators?: IndicatorMatch[];
  /** True when the input was longer than the work cap and only its start was checked. */
  truncated?: boolean;
  /** The model features behind the top scheme, when asked for with `explain`. */
  explanation?: ModelExplanation;
}
