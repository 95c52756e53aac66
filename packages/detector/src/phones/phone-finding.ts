import type { Span } from '../types.js';

/** Why a phone number deserves attention. Ids are stable; see {@link PHONE_REASONS}. */
export const PHONE_REASON_IDS = [
  'reported',
  'foreign_number',
  'invalid_prefix',
  'wrong_length',
  'premium_rate',
  'old_11_digit_format',
  'official_help_line',
] as const;
export type PhoneReason = (typeof PHONE_REASON_IDS)[number];

/** One reason found on a number, with the value it rests on. */
export interface PhoneReasonHit {
  id: PhoneReason;
  /**
   * `foreign_number`: the calling code (`+855`); `official_help_line`: the number (`111`);
   * `old_11_digit_format`: the number in today's 10-digit form; `invalid_prefix`: the
   * prefix; `reported`: the matching entry as given.
   */
  detail?: string;
}

/**
 * - `mobile`, `landline`: Vietnamese subscriber numbers;
 * - `hotline`: 1800 (free) and 1900 (paid) numbers;
 * - `emergency`: 111, 112, 113, 114, 115;
 * - `shortcode`: 156, 5656 and other short service numbers;
 * - `foreign`: a number with another country's calling code;
 * - `invalid`: cannot be a Vietnamese number as written.
 */
export type PhoneKind = 'mobile' | 'landline' | 'hotline' | 'emergency' | 'shortcode' | 'foreign' | 'invalid';

/**
 * - `ok`: a well-formed number; says nothing about who is calling;
 * - `info`: a service number or an old format, explained in `reasons`;
 * - `suspicious`: reported, foreign or impossible.
 */
export type PhoneVerdict = 'ok' | 'suspicious' | 'info';

/** The country a foreign number belongs to, by its calling code. */
export interface PhoneCountry {
  /** With the plus sign: `+855`. */
  callingCode: string;
  vi: string;
  en: string;
}

/** A phone number found in a text (or given alone), normalised and explained. */
export interface PhoneFinding {
  /** The number as written (`span.text`). */
  raw: string;
  /** Where it is in the original text; `span.text` is that exact slice. */
  span: Span;
  /** International form (`+84912345678`); `null` for short codes, hotlines and invalid numbers. */
  e164: string | null;
  /** How to show it: `0912 345 678`, `024 3825 1234`, `1900 545 413`, `+855 123 456 789`. */
  display: string;
  kind: PhoneKind;
  /**
   * Network that was given the prefix (Viettel, VinaPhone, MobiFone…). People may have
   * moved to another network keeping their number, so this is a hint only.
   */
  carrier?: string;
  /** For `foreign` numbers whose calling code is known. */
  country?: PhoneCountry;
  verdict: PhoneVerdict;
  /** Most serious first; empty for an ordinary number. */
  reasons: PhoneReasonHit[];
}
