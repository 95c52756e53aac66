import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress, type ProgressItem } from './merge-progress.js';

const quiz = (id: string, score: number, completedAt: string): ProgressItem => ({ kind: 'quiz', id, score, total: 10, completedAt });

describe('mergeProgress', () => {
  it('keeps the best score and the earliest completion', () => {
    const merged = mergeProgress([quiz('q1', 6, '2026-11-02T00:00:00Z')], [quiz('q1', 9, '2026-11-05T00:00:00Z')]);
    expect(merged).toEqual([quiz('q1', 9, '2026-11-02T00:00:00Z')]);
  });

  it('prefers a safe ending over an unsafe one', () => {
    const unsafe: ProgressItem = { kind: 'scenario', id: 's1', outcome: 'unsafe', completedAt: '2026-11-01T00:00:00Z' };
    const safe: ProgressItem = { ...unsafe, outcome: 'safe', completedAt: '2026-11-03T00:00:00Z' };
    expect(mergeProgress([unsafe], [safe])[0]).toMatchObject({ outcome: 'safe', completedAt: '2026-11-01T00:00:00Z' });
    expect(mergeProgress([safe], [unsafe])[0]).toMatchObject({ outcome: 'safe' });
  });

  it('is idempotent and order-independent (property)', () => {
    const item = fc.record({
      kind: fc.constantFrom('scenario' as const, 'quiz' as const, 'lesson' as const),
      id: fc.constantFrom('a', 'b', 'c'),
      score: fc.integer({ min: 0, max: 10 }),
      total: fc.constant(10),
      completedAt: fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}T00:00:00Z`),
    });
    fc.assert(
      fc.property(fc.array(item), fc.array(item), (a, b) => {
        const ab = mergeProgress(a, b);
        expect(mergeProgress(ab, ab)).toEqual(ab);
        expect(mergeProgress(b, a).map((i) => [i.kind, i.id, i.score])).toEqual(ab.map((i) => [i.kind, i.id, i.score]));
      }),
    );
  });
});
