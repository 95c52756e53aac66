import type { SignalId, Span } from '../types.js';
import type { CueId } from './cue-rules.js';

/** Things a person is asked to do or give: what makes a message a trick rather than a topic. */
const DEMANDS: readonly SignalId[] = [
  'money_request', 'deposit_first', 'credential_request', 'personal_info_request', 'photo_request',
  'meet_offline', 'move_private', 'isolation', 'blackmail', 'self_harm_incitement', 'substance_offer',
  'suspicious_link', 'suspicious_phone',
];

/** Flags an awareness post describes rather than uses ("kẻ gian giả danh công an, đe dọa…"). */
const DESCRIBED: readonly SignalId[] = [
  'authority_claim', 'accusation_threat', 'urgency', 'secrecy', 'too_good_to_be_true', 'gift_offer',
];

/** A bank's balance or code notice mentions money and a time limit without asking anything. */
const BANK_NOTICE: readonly SignalId[] = ['money_request', 'urgency'];

/** Spans found inside quotation marks. */
type QuotedSpans = { has(span: Span): boolean };

/** A school reminder has deadlines and times ("submit by 9pm today", "nộp bài trong 2 ngày"). */
const SCHOOL_REMINDER: readonly SignalId[] = ['urgency'];

/** Flags that a party or a present explains ("keep the surprise secret, it's her birthday"). */
const CELEBRATION: readonly SignalId[] = ['secrecy', 'gift_offer', 'urgency', 'flattery_trust'];

/**
 * Removes flags that the whole text explains away:
 * - in a warning, quoted lines are examples of what scammers say, not requests; a text that
 *   also calls the trick a trick or tells the reader to get help asks for nothing at all;
 * - a bank's balance or OTP notice mentions money and a time limit but asks for nothing;
 * - a warning or awareness text (police post, bank notice, lesson) that asks for nothing —
 *   every request in it was negated — only describes the trick;
 * - secrets, gifts and compliments around a birthday or party, with no request, are friendly;
 * - a deadline alone in a school reminder is a reminder.
 * A text that asks for something keeps all its flags, whatever else it says.
 */
export function applyTextContext(
  evidence: ReadonlyMap<SignalId, Span[]>,
  cues: ReadonlySet<CueId>,
  quoted: QuotedSpans,
): Map<SignalId, Span[]> {
  const out = new Map(evidence);
  if (cues.has('verdict') || cues.has('awareness')) {
    for (const [id, spans] of out) {
      const kept = spans.filter((s) => !quoted.has(s));
      if (kept.length === 0) out.delete(id);
      else out.set(id, kept);
    }
  }
  // A text that calls the trick a trick and tells the reader to get help is a warning.
  if (cues.has('verdict')) {
    for (const id of [...out.keys()]) if (id !== 'suspicious_link' && id !== 'suspicious_phone') out.delete(id);
  }
  if (cues.has('bank_notice') && [...out.keys()].every((id) => BANK_NOTICE.includes(id))) {
    for (const id of BANK_NOTICE) out.delete(id);
  }
  if (DEMANDS.some((id) => out.has(id))) return out;
  if (cues.has('awareness')) for (const id of DESCRIBED) out.delete(id);
  if (cues.has('school') && [...out.keys()].every((id) => SCHOOL_REMINDER.includes(id))) {
    for (const id of SCHOOL_REMINDER) out.delete(id);
  }
  if (cues.has('celebration') && [...out.keys()].every((id) => CELEBRATION.includes(id))) {
    for (const id of CELEBRATION) out.delete(id);
  }
  return out;
}
