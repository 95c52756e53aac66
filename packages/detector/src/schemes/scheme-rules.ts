import type { CueId } from '../signals/cue-rules.js';
import type { SchemeId, SignalId } from '../types.js';

/** What the scheme rules look at: the signals and topic cues found, merged over a whole input. */
export interface SchemeFacts {
  signals: ReadonlySet<SignalId>;
  cues: ReadonlySet<CueId>;
}

/** One way to recognise a scheme; the strongest rule that holds gives the scheme's rule score. */
interface SchemeRule {
  scheme: SchemeId;
  score: number;
  when: (has: (id: SignalId) => boolean, cue: (id: CueId) => boolean) => boolean;
}

const GROOMING_SIGNALS: readonly SignalId[] = [
  'flattery_trust', 'gift_offer', 'age_probe', 'secrecy', 'move_private', 'photo_request',
  'meet_offline', 'personal_info_request',
];

/**
 * Signal and cue combinations that recognise each scheme. Scores are calibrated so that one
 * combination of a demand with its context reaches `danger` (≥ 0.6) and a lone cue does not.
 */
export const SCHEME_RULES: readonly SchemeRule[] = [
  { scheme: 'online_kidnapping', score: 0.95, when: (has) => has('isolation') && (has('authority_claim') || has('accusation_threat') || has('secrecy')) },
  { scheme: 'online_kidnapping', score: 0.9, when: (has, cue) => has('isolation') && cue('kidnap') },
  { scheme: 'online_kidnapping', score: 0.75, when: (has) => has('authority_claim') && has('accusation_threat') && has('secrecy') },
  { scheme: 'authority_impersonation', score: 0.9, when: (has) => has('authority_claim') && (has('accusation_threat') || has('money_request') || has('credential_request') || has('personal_info_request') || has('deposit_first')) },
  { scheme: 'authority_impersonation', score: 0.85, when: (has, cue) => cue('vneid') && (has('credential_request') || has('personal_info_request') || has('suspicious_link') || has('authority_claim')) },
  { scheme: 'authority_impersonation', score: 0.75, when: (has) => has('accusation_threat') && (has('money_request') || has('urgency') || has('secrecy')) },
  { scheme: 'authority_impersonation', score: 0.6, when: (has) => has('authority_claim') && (has('urgency') || has('secrecy')) },
  { scheme: 'grooming', score: 0.9, when: (has) => (has('photo_request') || has('meet_offline')) && (has('flattery_trust') || has('secrecy') || has('gift_offer') || has('age_probe')) },
  { scheme: 'grooming', score: 0.85, when: (has) => has('secrecy') && (has('flattery_trust') || has('gift_offer') || has('age_probe') || has('move_private')) },
  { scheme: 'grooming', score: 0.85, when: (has) => GROOMING_SIGNALS.filter(has).length >= 3 },
  { scheme: 'grooming', score: 0.75, when: (has, cue) => has('photo_request') && cue('sexual') },
  { scheme: 'grooming', score: 0.65, when: (has) => has('age_probe') && (has('flattery_trust') || has('move_private') || has('personal_info_request')) },
  { scheme: 'sextortion', score: 0.95, when: (has) => has('blackmail') && (has('money_request') || has('photo_request') || has('urgency')) },
  { scheme: 'sextortion', score: 0.85, when: (has) => has('blackmail') },
  { scheme: 'game_scam', score: 0.9, when: (has, cue) => cue('game') && (has('gift_offer') || has('too_good_to_be_true')) && (has('credential_request') || has('money_request') || has('deposit_first') || has('suspicious_link') || has('personal_info_request')) },
  { scheme: 'game_scam', score: 0.8, when: (has, cue) => cue('game') && (has('credential_request') || has('deposit_first')) },
  { scheme: 'game_scam', score: 0.5, when: (has, cue) => cue('game') && has('gift_offer') },
  { scheme: 'job_scam', score: 0.85, when: (has, cue) => cue('job') && (has('deposit_first') || (has('money_request') && has('too_good_to_be_true'))) },
  { scheme: 'job_scam', score: 0.75, when: (has, cue) => cue('job') && has('too_good_to_be_true') && (has('personal_info_request') || has('move_private') || has('urgency')) },
  { scheme: 'job_scam', score: 0.7, when: (has, cue) => cue('job') && has('money_request') && !cue('loan') && !cue('game') && !cue('gambling') && !cue('accident') && !has('authority_claim') },
  { scheme: 'job_scam', score: 0.5, when: (has, cue) => cue('job') && has('too_good_to_be_true') },
  { scheme: 'prize_scam', score: 0.85, when: (has, cue) => has('too_good_to_be_true') && !cue('job') && !cue('game') && !cue('gambling') && !cue('loan') && (has('deposit_first') || has('money_request') || has('personal_info_request') || has('credential_request') || has('suspicious_link')) },
  { scheme: 'prize_scam', score: 0.6, when: (has, cue) => has('too_good_to_be_true') && has('gift_offer') && !cue('job') && !cue('game') && !cue('gambling') && !cue('loan') },
  { scheme: 'account_takeover', score: 0.9, when: (has, cue) => has('credential_request') && (cue('security_alert') || cue('vote') || has('suspicious_link')) },
  { scheme: 'account_takeover', score: 0.8, when: (has) => has('credential_request') },
  { scheme: 'account_takeover', score: 0.7, when: (has, cue) => cue('security_alert') && has('suspicious_link') },
  { scheme: 'impersonation_contact', score: 0.85, when: (has, cue) => cue('new_contact') && (has('money_request') || has('credential_request')) },
  { scheme: 'family_emergency', score: 0.85, when: (has, cue) => cue('accident') && has('money_request') },
  { scheme: 'phishing_link', score: 0.9, when: (has) => has('suspicious_link') && (has('credential_request') || has('urgency')) },
  { scheme: 'phishing_link', score: 0.8, when: (has) => has('suspicious_link') },
  { scheme: 'gambling_lure', score: 0.85, when: (has, cue) => cue('gambling') && (has('gift_offer') || has('too_good_to_be_true') || has('suspicious_link') || has('money_request')) },
  { scheme: 'gambling_lure', score: 0.5, when: (_, cue) => cue('gambling') },
  { scheme: 'loan_scam', score: 0.85, when: (has, cue) => cue('loan') && (has('deposit_first') || has('money_request') || has('too_good_to_be_true') || has('accusation_threat') || has('personal_info_request') || has('credential_request')) },
  { scheme: 'loan_scam', score: 0.7, when: (has, cue) => cue('loan') && (has('urgency') || has('secrecy') || has('move_private') || has('blackmail') || has('suspicious_phone') || has('suspicious_link')) },
  { scheme: 'shopping_scam', score: 0.8, when: (has, cue) => cue('shopping') && has('deposit_first') },
  { scheme: 'shopping_scam', score: 0.65, when: (has, cue) => cue('shopping') && has('money_request') && has('urgency') },
  { scheme: 'substance_lure', score: 0.9, when: (has) => has('substance_offer') },
  { scheme: 'self_harm_risk', score: 0.95, when: (has) => has('self_harm_statement') },
  { scheme: 'harmful_challenge', score: 0.95, when: (has) => has('self_harm_incitement') },
];

/**
 * The facts the rules are being checked against. `has` and `cue` read them, so the two
 * functions are made once rather than on every call (a closure per call costs more than the
 * rules themselves); ruleScores is synchronous, so one current value is enough.
 */
let current: SchemeFacts = { signals: new Set(), cues: new Set() };
const has = (id: SignalId): boolean => current.signals.has(id);
const cue = (id: CueId): boolean => current.cues.has(id);

/** Rule score per scheme (0 when no rule holds). */
export function ruleScores(facts: SchemeFacts): Map<SchemeId, number> {
  current = facts;
  const scores = new Map<SchemeId, number>();
  // Every rule needs a signal or a cue.
  if (facts.signals.size === 0 && facts.cues.size === 0) return scores;
  for (const rule of SCHEME_RULES) {
    if ((scores.get(rule.scheme) ?? 0) >= rule.score) continue;
    if (rule.when(has, cue)) scores.set(rule.scheme, rule.score);
  }
  return scores;
}
