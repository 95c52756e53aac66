import type { GroomingStage, SignalId } from '../types.js';
import { GROOMING_STAGES } from '../types.js';

/** Which grooming stage a red flag belongs to. */
const STAGE_OF: Partial<Record<SignalId, GroomingStage>> = {
  flattery_trust: 'trust',
  gift_offer: 'trust',
  age_probe: 'trust',
  secrecy: 'secrecy',
  move_private: 'secrecy',
  photo_request: 'request',
  personal_info_request: 'request',
  meet_offline: 'meeting',
  isolation: 'meeting',
};

/**
 * The furthest grooming stage the signals reach (trust → secrecy → request → meeting), or
 * undefined when none of them is a grooming flag. Groomers move through these stages over
 * many turns, so naming the stage lets a reader act before any explicit request.
 */
export function groomingStage(signals: Iterable<SignalId>): GroomingStage | undefined {
  let furthest = -1;
  for (const id of signals) {
    const stage = STAGE_OF[id];
    if (stage !== undefined) furthest = Math.max(furthest, GROOMING_STAGES.indexOf(stage));
  }
  return furthest < 0 ? undefined : GROOMING_STAGES[furthest];
}
