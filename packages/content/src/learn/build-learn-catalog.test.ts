/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLearnCatalog } from './build-learn-catalog.js';

const guide = readFileSync(new URL('../../../../docs/content-guide.md', import.meta.url), 'utf8');
const SCENARIO = /```ink\n([\s\S]*?)```/.exec(guide)![1]!;

const quiz = (id: string, band: string, strand: string) =>
  JSON.stringify({
    id,
    band,
    strand,
    title: { vi: 'Câu đố', en: 'Quiz' },
    questions: [
      {
        id: 'q1',
        kind: 'single',
        prompt: { vi: 'Câu hỏi?', en: 'Question?' },
        choices: ['a', 'b', 'c'].map((c) => ({ id: c, text: { vi: c, en: c }, correct: c === 'a', explanation: { vi: 'Vì', en: 'Because' } })),
        schemes: [],
        signals: [],
      },
    ],
  });

const lesson = (id: string, band: string, strand: string, refs: string) =>
  `---\nid: ${id}\nband: ${band}\nstrand: ${strand}\ntitle: Bài\ntitle_en: Lesson\nminutes: 10\nschemes: []\nsummary: Tóm tắt\n${refs}\n---\nNội dung.\n`;

describe('buildLearnCatalog', () => {
  it('builds a sorted catalog with its stats, ignoring other files', () => {
    const { catalog, stats, errors } = buildLearnCatalog([
      { path: 'lessons/primary/scams.md', text: lesson('b-primary-scams', 'primary', 'scams', 'quizzes: [primary--scams]\nscenarios: [mau]') },
      { path: 'lessons/primary/grooming.md', text: lesson('a-primary-grooming', 'primary', 'grooming', 'quizzes: []') },
      { path: 'quizzes/parents--scams.json', text: quiz('parents--scams', 'parents', 'scams') },
      { path: 'quizzes/primary--scams.json', text: quiz('primary--scams', 'primary', 'scams') },
      { path: 'scenarios/mau.ink', text: SCENARIO },
      { path: 'README.md', text: 'not content' },
    ]);
    expect(stats).toEqual({ scenarios: 1, quizzes: 2, questions: 2, lessons: 2 });
    expect(catalog.quizzes.map((q) => q.id)).toEqual(['primary--scams', 'parents--scams']);
    expect(catalog.lessons.map((l) => l.id)).toEqual(['b-primary-scams', 'a-primary-grooming']);
    // Only coverage is missing from so small a catalog.
    expect(errors.filter((e) => !e.message.startsWith('coverage:'))).toEqual([]);
    expect(errors.map((e) => e.file)).toEqual([...errors.map((e) => e.file)].sort());
  });

  it('reports references to quizzes and scenarios that do not exist, and repeated ids', () => {
    const { errors, catalog } = buildLearnCatalog([
      { path: 'lessons/primary/scams.md', text: lesson('primary-scams', 'primary', 'scams', 'quizzes: [primary--scamz]\nscenarios: [robux]') },
      { path: 'quizzes/primary--scams.json', text: quiz('same', 'primary', 'scams') },
      { path: 'quizzes/primary--grooming.json', text: quiz('same', 'primary', 'grooming') },
    ]);
    const located = errors.filter((e) => !e.message.startsWith('coverage:'));
    expect(located).toEqual([
      { file: 'lessons/primary/scams.md', line: 10, message: 'quizzes: no quiz has the id "primary--scamz"' },
      { file: 'lessons/primary/scams.md', line: 11, message: 'scenarios: no scenario scenarios/robux.ink' },
      { file: 'quizzes/primary--scams.json', message: 'quiz id "same" is already used by quizzes/primary--grooming.json' },
    ]);
    expect(catalog.quizzes).toHaveLength(1);
  });

  it('checks coverage of schemes, bands, core strands and totals', () => {
    const messages = buildLearnCatalog([{ path: 'scenarios/mau.ink', text: SCENARIO }]).errors.map((e) => `${e.file}: ${e.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^scenarios: coverage: no scenario teaches the scheme\(s\) online_kidnapping, authority_impersonation, grooming/));
    expect(messages).toContain('scenarios: coverage: band primary has 1 scenario(s); it needs at least 3');
    expect(messages).toContain('scenarios: coverage: band primary has no scenario in strand(s) grooming, manipulation, online_kidnapping');
    expect(messages).toContain('scenarios: coverage: 1 scenario(s); the catalog needs at least 20');
    expect(messages).toContain('quizzes: coverage: 0 quiz question(s); the catalog needs at least 80');
  });
});
