import type { QuizQuestion } from '@kmm/content';
import { describe, expect, it } from 'vitest';
import { isCorrect, percent } from './quiz-scoring.js';

const text = (s: string) => ({ vi: s, en: s });
const question = (kind: 'single' | 'multiple', correct: string[]): QuizQuestion => ({
  id: 'q',
  kind,
  prompt: text('?'),
  choices: ['a', 'b', 'c'].map((id) => ({ id, text: text(id), correct: correct.includes(id), explanation: text(id) })),
  schemes: [],
  signals: [],
});

describe('isCorrect', () => {
  it('needs exactly the correct choices', () => {
    expect(isCorrect(question('single', ['b']), ['b'])).toBe(true);
    expect(isCorrect(question('single', ['b']), ['a'])).toBe(false);
    expect(isCorrect(question('multiple', ['a', 'c']), ['c', 'a'])).toBe(true);
    expect(isCorrect(question('multiple', ['a', 'c']), ['a'])).toBe(false);
    expect(isCorrect(question('multiple', ['a', 'c']), ['a', 'b', 'c'])).toBe(false);
    expect(isCorrect(question('multiple', ['a']), [])).toBe(false);
  });
});

describe('percent', () => {
  it('rounds to a whole percentage', () => {
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });
});
