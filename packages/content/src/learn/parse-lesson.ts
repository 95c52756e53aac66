import { LineCounter, parseDocument } from 'yaml';
import { createPathLocator } from './create-path-locator.js';
import type { ContentError, Lesson } from './learn-types.js';
import { lessonFrontMatterSchema } from './lesson-front-matter-schema.js';
import { schemaIssues } from './schema-issues.js';

/** What {@link parseLesson} gives back: the lesson when it is valid, and every problem found. */
export interface ParseLessonResult {
  lesson?: Lesson;
  errors: ContentError[];
}

// Front matter: a first line `---`, YAML, then a line `---`; the Markdown body follows.
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Parses one lesson: YAML front matter checked by {@link lessonFrontMatterSchema}, the
 * Markdown body kept as text. The file must be `lessons/<band>/<strand>.md` for the band and
 * strand it declares. Whether its quizzes and scenarios exist is checked with the whole catalog.
 *
 * @param file path relative to the content directory, e.g. `lessons/primary/scams.md`
 */
export function parseLesson(file: string, text: string): ParseLessonResult {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { errors: [{ file, line: 1, message: 'a lesson starts with YAML front matter between two `---` lines' }] };
  const yaml = match[1]!;
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter });
  if (document.errors.length > 0) {
    // +1: the front matter starts on line 2, after the opening `---`.
    return { errors: document.errors.map((e) => ({ file, line: lineCounter.linePos(e.pos[0]).line + 1, message: `front matter: ${e.message.split('\n')[0]}` })) };
  }
  const parsed = lessonFrontMatterSchema.safeParse(document.toJS());
  if (!parsed.success) return { errors: schemaIssues(parsed.error, file, createPathLocator(yaml, 2)) };

  const front = parsed.data;
  const errors: ContentError[] = [];
  const expected = `lessons/${front.band}/${front.strand}.md`;
  if (!file.endsWith(expected)) {
    errors.push({ file, line: createPathLocator(yaml, 2)(['band']) ?? 1, message: `a ${front.band}/${front.strand} lesson lives at ${expected}` });
  }
  const body = text.slice(match[0].length).trim();
  if (!body) errors.push({ file, message: 'the lesson has no Markdown body after its front matter' });
  if (errors.length > 0) return { errors };
  const { title, title_en, ...rest } = front;
  return { lesson: { ...rest, title: { vi: title, en: title_en }, body }, errors };
}
