import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatContentValidation, validateContent } from './content-validate-command.js';

const dir = mkdtempSync(join(tmpdir(), 'kmm-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kmm content validate', () => {
  it('gives counts and errors with files relative to the working directory, line null when unknown', () => {
    mkdirSync(join(dir, 'content', 'scenarios'), { recursive: true });
    writeFileSync(join(dir, 'content', 'scenarios', 'hong.ink'), '# title: Hỏng\n-> nowhere\n');
    const result = validateContent(join(dir, 'content'), dir);
    expect(result).toMatchObject({ scenarios: 0, quizzes: 0, questions: 0, lessons: 0 });
    expect(Object.keys(result)).toEqual(['scenarios', 'quizzes', 'questions', 'lessons', 'errors']);
    expect(result.errors).toContainEqual({ file: join('content', 'scenarios', 'hong.ink'), line: 2, message: expect.stringMatching(/Divert target not found/) });
    expect(result.errors).toContainEqual({ file: join('content', 'quizzes'), line: null, message: expect.stringMatching(/^coverage: 0 quiz question/) });
  });

  it('prints a readable summary and one line per error', () => {
    const text = formatContentValidation({
      scenarios: 1,
      quizzes: 2,
      questions: 9,
      lessons: 3,
      errors: [
        { file: 'a.ink', line: 4, message: 'bad tag' },
        { file: 'quizzes', line: null, message: 'coverage: too few' },
      ],
    });
    expect(text.split('\n')).toEqual([
      'Nội dung Học / Learn content: 1 scenarios, 2 quizzes (9 questions), 3 lessons',
      'a.ink:4  bad tag',
      'quizzes  coverage: too few',
      '✗ 2 lỗi / error(s)',
    ]);
    expect(formatContentValidation({ scenarios: 0, quizzes: 0, questions: 0, lessons: 0, errors: [] })).toMatch(/✓ Không có lỗi \/ No errors$/);
  });
});
