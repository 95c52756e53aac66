import type { LearnCatalog } from '@kmm/content';
import { describe, expect, it } from 'vitest';
import type { ProgressItem } from './learn-progress.js';
import { trackStatus } from './track-status.js';

const text = (s: string) => ({ vi: s, en: s });
const scenario = (id: string, band: 'primary' | 'parents') => ({ id, title: text(id), band, strand: 'scams' as const, schemes: [], contact: 'X', platform: 'zalo', minutes: 3, storyJson: '{}' });
const quiz = (id: string, band: 'primary' | 'parents', questions: number) => ({
  id,
  band,
  strand: 'scams' as const,
  title: text(id),
  questions: Array.from({ length: questions }, (_, i) => ({ id: `${id}-${i}`, kind: 'single' as const, prompt: text('?'), choices: [], schemes: [], signals: [] })),
});

const catalog: LearnCatalog = {
  scenarios: [scenario('s1', 'primary'), scenario('s2', 'primary'), scenario('p1', 'parents')],
  quizzes: [quiz('q1', 'primary', 5), quiz('q2', 'primary', 4)],
  lessons: [{ id: 'l1', band: 'primary', strand: 'scams', title: text('l1'), minutes: 3, schemes: [], quizzes: [], scenarios: [], summary: '', body: '' }],
};
const at = '2026-11-28T10:00:00.000Z';

describe('trackStatus', () => {
  it('is complete once every scenario has an ending and every quiz reached 60%', () => {
    const items: ProgressItem[] = [
      { kind: 'scenario', id: 's1', outcome: 'unsafe', completedAt: at },
      { kind: 'scenario', id: 's2', outcome: 'safe', completedAt: at },
      { kind: 'quiz', id: 'q1', score: 3, total: 5, completedAt: at },
      { kind: 'quiz', id: 'q2', score: 4, total: 4, completedAt: at },
    ];
    const status = trackStatus(catalog, 'primary', items);
    expect(status.complete).toBe(true);
    expect(status.doneCount).toBe(4);
    expect(status.requiredCount).toBe(4);
    expect(status.completedIds).toEqual(['s1', 's2', 'q1', 'q2']);
    // Lessons are encouraged, not required.
    expect(status.lessons).toEqual([{ id: 'l1', done: false, passed: false }]);
  });

  it('is not complete with a quiz below 60% or a scenario not played', () => {
    const items: ProgressItem[] = [
      { kind: 'scenario', id: 's1', outcome: 'safe', completedAt: at },
      { kind: 'quiz', id: 'q1', score: 2, total: 5, completedAt: at },
      { kind: 'quiz', id: 'q2', score: 3, total: 4, completedAt: at },
    ];
    const status = trackStatus(catalog, 'primary', items);
    expect(status.complete).toBe(false);
    expect(status.quizzes.map((q) => [q.id, q.done, q.passed])).toEqual([
      ['q1', true, false],
      ['q2', true, true],
    ]);
    expect(status.completedIds).toEqual(['s1', 'q2']);
  });

  it('ignores other bands and is never complete for an empty track', () => {
    const items: ProgressItem[] = [{ kind: 'scenario', id: 'p1', completedAt: at }];
    expect(trackStatus(catalog, 'primary', items).doneCount).toBe(0);
    expect(trackStatus(catalog, 'parents', items).complete).toBe(true);
    expect(trackStatus(catalog, 'university', []).complete).toBe(false);
  });
});
