import { describe, expect, it } from 'vitest';
import { parseLesson } from './parse-lesson.js';

const FILE = 'lessons/primary/scams.md';
const FRONT = `id: primary-scams
band: primary
strand: scams
title: Quà miễn phí có thật không?
title_en: Are free gifts real?
minutes: 15
schemes: [game_scam, prize_scam]
quizzes: [primary--scams]
summary: Nhận ra quà "miễn phí" đòi mật khẩu.`;
const lesson = (front = FRONT, body = '## Mở đầu\n\nNội dung bài học.\n') => `---\n${front}\n---\n\n${body}`;

describe('parseLesson', () => {
  it('reads the front matter and keeps the Markdown body as text', () => {
    const { lesson: parsed, errors } = parseLesson(FILE, lesson(`${FRONT}\nscenarios: [tieu-hoc-robux-mien-phi]`));
    expect(errors).toEqual([]);
    expect(parsed).toEqual({
      id: 'primary-scams',
      band: 'primary',
      strand: 'scams',
      title: { vi: 'Quà miễn phí có thật không?', en: 'Are free gifts real?' },
      minutes: 15,
      schemes: ['game_scam', 'prize_scam'],
      quizzes: ['primary--scams'],
      scenarios: ['tieu-hoc-robux-mien-phi'],
      summary: 'Nhận ra quà "miễn phí" đòi mật khẩu.',
      body: '## Mở đầu\n\nNội dung bài học.',
    });
  });

  it('defaults scenarios to none', () => {
    expect(parseLesson(FILE, lesson()).lesson?.scenarios).toEqual([]);
  });

  it('reports schema problems at their line in the file', () => {
    const { errors } = parseLesson(FILE, lesson(FRONT.replace('minutes: 15', 'minutes: soon').replace('game_scam', 'pizza_scam')));
    expect(errors).toEqual([
      { file: FILE, line: 7, message: expect.stringMatching(/^minutes: /) },
      { file: FILE, line: 8, message: 'schemes[0]: not a scheme id of the taxonomy (docs/taxonomy.md)' },
    ]);
  });

  it('reports missing fields, YAML errors and a missing front matter', () => {
    expect(parseLesson(FILE, lesson(FRONT.replace(/^summary:.*$/m, ''))).errors).toEqual([{ file: FILE, line: 2, message: expect.stringMatching(/^summary: /) }]);
    expect(parseLesson(FILE, lesson(`${FRONT}\nquizzes: [a`)).errors[0]).toMatchObject({ file: FILE, message: expect.stringMatching(/^front matter: /) });
    expect(parseLesson(FILE, '# Just Markdown')).toEqual({ errors: [{ file: FILE, line: 1, message: expect.stringMatching(/YAML front matter/) }] });
  });

  it('requires the path lessons/<band>/<strand>.md and a body', () => {
    expect(parseLesson('lessons/primary/grooming.md', lesson()).errors).toEqual([{ file: 'lessons/primary/grooming.md', line: 3, message: 'a primary/scams lesson lives at lessons/primary/scams.md' }]);
    expect(parseLesson(FILE, lesson(FRONT, '   \n')).errors).toEqual([{ file: FILE, message: 'the lesson has no Markdown body after its front matter' }]);
  });
});
