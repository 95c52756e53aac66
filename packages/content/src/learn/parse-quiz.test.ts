import { describe, expect, it } from 'vitest';
import { parseQuiz } from './parse-quiz.js';

const choice = (id: string, correct: boolean) => ({
  id,
  text: { vi: `Lựa chọn ${id}`, en: `Choice ${id}` },
  correct,
  explanation: { vi: 'Vì sao', en: 'Why' },
});

const question = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  kind: 'single',
  prompt: { vi: 'Tin nhắn này có gì đáng ngờ?', en: 'What is suspicious?' },
  message: { from: 'them', text: 'Gửi mình mã OTP nha' },
  choices: [choice('a', true), choice('b', false), choice('c', false)],
  schemes: ['account_takeover'],
  signals: ['credential_request'],
  ...overrides,
});

const quiz = (questions: unknown[] = [question('q1'), question('q2', { kind: 'multiple', choices: [choice('a', true), choice('b', true), choice('c', false), choice('d', false)] })]) => ({
  id: 'primary--scams',
  band: 'primary',
  strand: 'scams',
  title: { vi: 'Nhận ra trò lừa', en: 'Spot the scam' },
  questions,
});

const FILE = 'quizzes/primary--scams.json';
const json = (value: unknown) => JSON.stringify(value, null, 2);
const messagesOf = (value: unknown, file = FILE) => parseQuiz(file, json(value)).errors.map((e) => e.message);

describe('parseQuiz', () => {
  it('accepts a valid quiz', () => {
    const { quiz: parsed, errors } = parseQuiz(FILE, json(quiz()));
    expect(errors).toEqual([]);
    expect(parsed?.questions.map((q) => q.id)).toEqual(['q1', 'q2']);
  });

  it('requires one correct choice for "single" and two for "multiple"', () => {
    expect(messagesOf(quiz([question('q1', { choices: [choice('a', true), choice('b', true), choice('c', false)] })]))).toEqual([
      'questions[0].choices: a "single" question has exactly one correct choice (found 2)',
    ]);
    expect(messagesOf(quiz([question('q1', { kind: 'multiple' })]))).toEqual(['questions[0].choices: a "multiple" question has at least two correct choices (found 1)']);
  });

  it('requires 3 or 4 choices', () => {
    expect(messagesOf(quiz([question('q1', { choices: [choice('a', true), choice('b', false)] })]))).toEqual(['questions[0].choices: a question has 3 or 4 choices']);
  });

  it('refuses repeated ids, ids outside the taxonomy and unknown fields, at their line', () => {
    const text = json(quiz([question('q1', { schemes: ['pizza_scam'], explaination: 'typo' }), question('q1')]));
    const { errors } = parseQuiz(FILE, text);
    const lineOf = (needle: string, from = 0) => text.split('\n').findIndex((line, i) => i >= from && line.includes(needle)) + 1;
    expect(errors).toContainEqual({ file: FILE, line: lineOf('pizza_scam'), message: expect.stringMatching(/^questions\[0\]\.schemes\[0\]: not a scheme id/) });
    expect(errors).toContainEqual({ file: FILE, line: expect.any(Number), message: expect.stringMatching(/explaination/) });
    // The repeated id is only reported once the questions themselves are valid.
    expect(messagesOf(quiz([question('q1'), question('q1')]))).toEqual(['questions[1].id: question id repeated in this quiz']);
  });

  it('requires the file name <band>--<strand>.json', () => {
    expect(messagesOf(quiz(), 'quizzes/primary-scams.json')).toEqual(['a primary/scams quiz is named primary--scams.json']);
  });

  it('reports invalid JSON with its line', () => {
    const { errors } = parseQuiz(FILE, '{\n  "id": "x",\n  "band": primary\n}');
    expect(errors).toEqual([{ file: FILE, line: 3, message: expect.stringMatching(/^invalid JSON/) }]);
  });
});
