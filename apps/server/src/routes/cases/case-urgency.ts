import type { RiskLevel } from '@kmm/detector';
import type { AgeBand, Urgency } from './case-vocabulary.js';

/** How soon a counsellor must first act on a case, by urgency. */
export const RESPONSE_TARGET_MINUTES: Readonly<Record<Urgency, number>> = {
  emergency: 15,
  danger: 24 * 60,
  normal: 72 * 60,
};

/**
 * Schemes whose reports are at least `danger` even when the browser's detector did not run
 * or saw only a calm message: a child choosing one of these is describing harm to a person.
 */
const HARM_SCHEMES: ReadonlySet<string> = new Set(['online_kidnapping', 'grooming', 'sextortion', 'self_harm_risk', 'harmful_challenge']);

/** What intake knows when it sets the urgency. */
export interface UrgencyInput {
  /** The report came through the emergency path. */
  emergency?: boolean | undefined;
  /** The browser detector's risk, if it ran. */
  risk?: RiskLevel | null | undefined;
  /** The schemes the reporter chose. */
  schemes?: readonly string[] | undefined;
}

/** Emergency path or an emergency risk → `emergency`; a danger risk or a harm scheme → `danger`; else `normal`. */
export function computeUrgency(input: UrgencyInput): Urgency {
  if (input.emergency || input.risk === 'emergency') return 'emergency';
  if (input.risk === 'danger' || input.schemes?.some((s) => HARM_SCHEMES.has(s))) return 'danger';
  return 'normal';
}

/** When the first counsellor action is due. */
export function responseDue(createdAt: Date, urgency: Urgency): Date {
  return new Date(createdAt.getTime() + RESPONSE_TARGET_MINUTES[urgency] * 60_000);
}

/**
 * Queue ranks, stored at intake so the queue sorts in SQL on both engines: lower first.
 * An unknown age ranks after the school bands but before university and adults: on this
 * platform a reporter who does not say is most likely still a child.
 */
export const URGENCY_RANK: Readonly<Record<Urgency, number>> = { emergency: 0, danger: 1, normal: 2 };
export const RISK_RANK: Readonly<Record<RiskLevel | 'none', number>> = { emergency: 0, danger: 1, caution: 2, safe: 3, none: 4 };
export const AGE_RANK: Readonly<Record<AgeBand | 'unknown', number>> = {
  primary: 0,
  lower_secondary: 1,
  upper_secondary: 2,
  unknown: 3,
  university: 4,
  adult: 5,
};

/**
 * A case breached its target when nobody acted before it was due: either the first action
 * came late, or none has come and the due time has passed.
 */
export function isBreached(dueAt: string, firstResponseAt: string | null, now: Date): boolean {
  return firstResponseAt === null ? now.toISOString() > dueAt : firstResponseAt > dueAt;
}
