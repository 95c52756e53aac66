import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { better, mergeProgress, passed, sanitizeProgress, type ProgressItem } from './learn-progress.js';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('mergeProgress', () => {
  it('keeps one item per kind and id, sorted', () => {
    const device: ProgressItem[] = [
      { kind: 'scenario', id: 'a', outcome: 'unsafe', completedAt: at(2) },
      { kind: 'lesson', id: 'a', completedAt: at(3) },
    ];
    const account: ProgressItem[] = [
      { kind: 'scenario', id: 'a', outcome: 'safe', completedAt: at(5) },
      { kind: 'quiz', id: 'q', score: 3, total: 5, completedAt: at(1) },
    ];
    expect(mergeProgress(device, account)).toEqual([
      { kind: 'lesson', id: 'a', completedAt: at(3) },
      { kind: 'quiz', id: 'q', score: 3, total: 5, completedAt: at(1) },
      { kind: 'scenario', id: 'a', outcome: 'safe', completedAt: at(5) },
    ]);
  });

  it('keeps the better quiz score, then the earlier completion', () => {
    const low: ProgressItem = { kind: 'quiz', id: 'q', score: 2, total: 5, completedAt: at(1) };
    const high: ProgressItem = { kind: 'quiz', id: 'q', score: 4, total: 5, completedAt: at(9) };
    const sameLater: ProgressItem = { ...high, completedAt: at(12) };
    expect(better(low, high)).toBe(high);
    expect(better(sameLater, high)).toBe(high);
  });

  const item = fc.record(
    {
      kind: fc.constantFrom('scenario' as const, 'quiz' as const, 'lesson' as const),
      id: fc.constantFrom('a', 'b', 'c'),
      outcome: fc.constantFrom('safe' as const, 'unsafe' as const),
      score: fc.integer({ min: 0, max: 5 }),
      total: fc.constant(5),
      completedAt: fc.integer({ min: 1, max: 28 }).map(at),
    },
    { requiredKeys: ['kind', 'id', 'completedAt'] },
  );
  const list = fc.array(item, { maxLength: 12 });

  it('is commutative, associative and idempotent (device and account agree whatever the order)', () => {
    fc.assert(
      fc.property(list, list, list, (a, b, c) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
        expect(mergeProgress(mergeProgress(a, b), c)).toEqual(mergeProgress(a, mergeProgress(b, c)));
        expect(mergeProgress(a, a)).toEqual(mergeProgress(a));
        expect(mergeProgress(mergeProgress(a))).toEqual(mergeProgress(a));
      }),
    );
  });

  it('never loses an item', () => {
    fc.assert(
      fc.property(list, list, (a, b) => {
        const keys = new Set([...a, ...b].map((i) => `${i.kind}:${i.id}`));
        expect(mergeProgress(a, b).map((i) => `${i.kind}:${i.id}`)).toEqual([...keys].sort());
      }),
    );
  });
});

describe('passed', () => {
  it('needs at least 60% on a quiz', () => {
    expect(passed({ kind: 'quiz', id: 'q', score: 3, total: 5, completedAt: at(1) })).toBe(true);
    expect(passed({ kind: 'quiz', id: 'q', score: 2, total: 5, completedAt: at(1) })).toBe(false);
    expect(passed({ kind: 'quiz', id: 'q', completedAt: at(1) })).toBe(false);
    expect(passed(undefined)).toBe(false);
  });
});

describe('sanitizeProgress', () => {
  it('keeps only well-formed items and known fields', () => {
    expect(
      sanitizeProgress([
        { kind: 'quiz', id: 'q', score: 4, total: 5, completedAt: at(1), extra: 'x' },
        { kind: 'video', id: 'v', completedAt: at(1) },
        { kind: 'lesson', completedAt: at(1) },
        { kind: 'scenario', id: 's', outcome: 'maybe', completedAt: at(2) },
        null,
      ]),
    ).toEqual([
      { kind: 'quiz', id: 'q', score: 4, total: 5, completedAt: at(1) },
      { kind: 'scenario', id: 's', completedAt: at(2) },
    ]);
    expect(sanitizeProgress('nope')).toEqual([]);
  });
});
