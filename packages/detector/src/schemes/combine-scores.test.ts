import { describe, expect, it } from 'vitest';
import type { SchemeId } from '../types.js';
import { combineScores, DANGER_THRESHOLD } from './combine-scores.js';

const recognised = (scores: ReturnType<typeof combineScores>): SchemeId[] =>
  scores.filter((s) => s.score >= DANGER_THRESHOLD).map((s) => s.id);

describe('combineScores', () => {
  const sure = new Map<SchemeId, number>([['game_scam', 0.9], ['self_harm_risk', 0.9]]);

  it('lets a very sure model recognise a scheme without red flags', () => {
    expect(recognised(combineScores(new Map(), sure, { hasSignals: false, warning: false }))).toEqual(['game_scam', 'self_harm_risk']);
  });

  it('does not let the model alone recognise a scheme in a warning, except urgent ones', () => {
    expect(recognised(combineScores(new Map(), sure, { hasSignals: false, warning: true }))).toEqual(['self_harm_risk']);
    expect(recognised(combineScores(new Map(), sure, { hasSignals: true, warning: true }))).toEqual(['game_scam', 'self_harm_risk']);
  });

  it('keeps a rule score and lets the model raise it', () => {
    const scores = combineScores(new Map([['prize_scam', 0.85]]), new Map([['prize_scam', 0.95]]), { hasSignals: true, warning: true });
    expect(scores).toEqual([{ id: 'prize_scam', score: 0.9 }]);
  });
});
