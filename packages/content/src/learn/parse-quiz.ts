import { parseDocument } from 'yaml';
import { createPathLocator } from './create-path-locator.js';
import type { ContentError, Quiz } from './learn-types.js';
import { quizSchema } from './quiz-schema.js';
import { schemaIssues } from './schema-issues.js';

/** What {@link parseQuiz} gives back: the quiz when it is valid, and every problem found. */
export interface ParseQuizResult {
  quiz?: Quiz;
  errors: ContentError[];
}

/**
 * Parses and checks one quiz file against {@link quizSchema}; its name must be
 * `<band>--<strand>.json` for the band and strand it declares.
 *
 * @param file path relative to the content directory, e.g. `quizzes/primary--scams.json`
 */
export function parseQuiz(file: string, text: string): ParseQuizResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = `invalid JSON: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
    const line = jsonErrorLine(text, message);
    return { errors: [line === undefined ? { file, message } : { file, line, message }] };
  }
  const parsed = quizSchema.safeParse(raw);
  if (!parsed.success) return { errors: schemaIssues(parsed.error, file, createPathLocator(text)) };

  const quiz = parsed.data;
  const expected = `${quiz.band}--${quiz.strand}.json`;
  const name = file.split('/').pop();
  if (name !== expected) return { errors: [{ file, line: createPathLocator(text)(['band']), message: `a ${quiz.band}/${quiz.strand} quiz is named ${expected}` }] };
  return { quiz, errors: [] };
}

/**
 * The line of a JSON syntax error. V8 gives a position for some errors only ("Unexpected
 * token" has none), so the text is also read by YAML's JSON schema, which locates the rest.
 */
function jsonErrorLine(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message)?.[1] ?? parseDocument(text, { schema: 'json' }).errors[0]?.pos[0];
  return position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
}
