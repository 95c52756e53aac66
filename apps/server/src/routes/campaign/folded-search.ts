import { sql, type RawBuilder } from 'kysely';
import { foldText } from './experts/expert-key.js';
import { likePattern } from './list-query.js';

/** Every precomposed Vietnamese letter with a diacritic, lower and upper case. */
const VIETNAMESE_LETTERS =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ' +
  'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';

/** The combining marks Vietnamese uses, for text stored decomposed (NFD): grave, acute, circumflex, tilde, breve, hook, horn, dot. */
const COMBINING_MARKS = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031b', '\u0323'];

const FOLDS: readonly (readonly [string, string])[] = [
  ...COMBINING_MARKS.map((mark) => [mark, ''] as const),
  ...[...VIETNAMESE_LETTERS].map((letter) => [letter, foldText(letter)] as const),
];

/**
 * A column folded in SQL as {@link foldText} folds in TypeScript (no diacritics, lower case),
 * with `replace()` and `lower()` only, so the same query runs on SQLite (whose `lower()` knows
 * ASCII only and which has no `unaccent`) and on PostgreSQL. Lists are searched with a
 * leading wildcard, which no index serves anyway. The fold costs about 20 µs a row: searching
 * 2,100 schools (page and count) took ~80 ms on SQLite and on PGlite on the shared dev VM; a
 * folded column kept by the upserts would be the next step for lists ten times larger.
 */
export function foldedColumn(column: string): RawBuilder<string> {
  let expression: RawBuilder<string> = sql<string>`${sql.ref(column)}`;
  for (const [from, to] of FOLDS) expression = sql<string>`replace(${expression}, ${sql.lit(from)}, ${sql.lit(to)})`;
  return sql<string>`lower(${expression})`;
}

/**
 * `column` contains `text`, ignoring case and Vietnamese diacritics on both sides: "nguyen du"
 * finds "THCS Nguyễn Du".
 */
export function foldedContains(column: string, text: string): RawBuilder<boolean> {
  return sql<boolean>`${foldedColumn(column)} like ${likePattern(foldText(text))} escape '\\'`;
}

/** `column`, plain ASCII such as a school code, contains `text` in any case. */
export function lowerContains(column: string, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${sql.ref(column)}) like ${likePattern(text.trim().toLowerCase())} escape '\\'`;
}

/** `column`, a short JSON array of strings, holds `value` as one element (the quotes make the match exact). */
export function jsonArrayHas(column: string, value: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} like ${likePattern(JSON.stringify(value))} escape '\\'`;
}
