import type { SchemeProbabilities } from '../model/scheme-model.js';
import type { SchemeId, SchemeScore } from '../types.js';
import { SCHEME_IDS } from '../types.js';

/**
 * A child saying goodbye or being dared to get hurt often uses no phrase the rules know;
 * missing it costs far more than a false alarm, so the model may raise these alone.
 */
const URGENT: ReadonlySet<SchemeId> = new Set(['self_harm_risk', 'harmful_challenge']);

/** Model probability needed to recognise a scheme with no rule: with red flags, for urgent schemes, alone. */
const MODEL_WITH_FLAGS = 0.5;
const MODEL_URGENT = 0.7;
const MODEL_ALONE = 0.85;

/** Schemes scoring below this are not reported. */
export const REPORT_THRESHOLD = 0.4;
/** A scheme scoring at least this is "recognised": the result is at least `danger`. */
export const DANGER_THRESHOLD = 0.6;

/** What the text around the scores says, beyond its scores. */
export interface ScoreContext {
  /** The text has red flags (or reported indicators). */
  hasSignals: boolean;
  /** The text warns about a trick or is a bank notice (awareness, verdict or notice words). */
  warning: boolean;
}

/**
 * Merges rule scores (signals + cues, with evidence) and model probabilities (wording).
 * Rules lead: the model can raise a rule's score and choose between schemes, but alone it
 * reaches `danger` only when it is very sure and the text has at least one red flag, which
 * keeps ordinary messages with scam-like words from being flagged. A warning or a bank
 * notice without a red flag uses a scam's words without asking anything: there the model
 * alone recognises only the urgent schemes.
 */
export function combineScores(
  rules: ReadonlyMap<SchemeId, number>,
  model: SchemeProbabilities,
  context: ScoreContext,
): SchemeScore[] {
  const out: SchemeScore[] = [];
  for (const id of SCHEME_IDS) {
    const rule = rules.get(id) ?? 0;
    const p = model.get(id) ?? 0;
    const urgent = URGENT.has(id);
    const needed = context.hasSignals ? MODEL_WITH_FLAGS : urgent ? MODEL_URGENT : MODEL_ALONE;
    let score: number;
    if (rule > 0) score = Math.max(rule, (rule + p) / 2);
    else if (p >= needed && (urgent || context.hasSignals || !context.warning)) score = DANGER_THRESHOLD + (p - 0.5) * 0.2;
    else score = Math.min(p * 0.5, REPORT_THRESHOLD - 0.01);
    if (score >= REPORT_THRESHOLD) out.push({ id, score: Math.round(score * 1000) / 1000 });
  }
  return out.sort((a, b) => b.score - a.score || SCHEME_IDS.indexOf(a.id) - SCHEME_IDS.indexOf(b.id));
}
