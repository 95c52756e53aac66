import type { RiskLevel, SchemeId, SchemeScore, SignalId } from '../types.js';
import { DANGER_THRESHOLD } from './combine-scores.js';

/** Signals that, next to an isolation order, mean someone is being controlled right now. */
const CONTROL: readonly SignalId[] = [
  'authority_claim', 'accusation_threat', 'secrecy', 'money_request', 'blackmail', 'meet_offline', 'urgency',
];

/**
 * The risk level of a result.
 * - `emergency`: a self-harm statement or dare; a sextortion threat with a deadline; an order
 *   to be alone somewhere or cut contact together with control (claims, threats, secrecy);
 *   grooming that has reached a proposal to meet; a recognised online kidnapping, self-harm
 *   risk or harmful challenge;
 * - `danger`: a recognised scheme;
 * - `caution`: any red flag;
 * - `safe`: nothing found.
 */
export function decideRisk(signals: ReadonlySet<SignalId>, schemes: readonly SchemeScore[]): RiskLevel {
  if (signals.has('self_harm_statement') || signals.has('self_harm_incitement')) return 'emergency';
  if (signals.has('blackmail') && signals.has('urgency')) return 'emergency';
  if (signals.has('isolation') && CONTROL.some((id) => signals.has(id))) return 'emergency';
  // Online kidnapping scripts reach the isolation order within minutes: treat them as live.
  if (recognised(schemes, 'online_kidnapping') || recognised(schemes, 'self_harm_risk') || recognised(schemes, 'harmful_challenge')) return 'emergency';
  if (recognised(schemes, 'grooming') && (signals.has('meet_offline') || signals.has('isolation'))) return 'emergency';
  if (schemes.some((s) => s.score >= DANGER_THRESHOLD)) return 'danger';
  if (signals.size > 0 || schemes.length > 0) return 'caution';
  return 'safe';
}

function recognised(schemes: readonly SchemeScore[], id: SchemeId): boolean {
  for (const s of schemes) if (s.id === id && s.score >= DANGER_THRESHOLD) return true;
  return false;
}
