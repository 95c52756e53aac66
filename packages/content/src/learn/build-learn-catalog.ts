import { checkCoverage } from './check-coverage.js';
import { compileScenario } from './compile-scenario.js';
import { BANDS, STRANDS, type Band, type ContentError, type LearnCatalog, type LearnCatalogStats, type Lesson, type Quiz, type Scenario, type Strand } from './learn-types.js';
import { parseLesson } from './parse-lesson.js';
import { parseQuiz } from './parse-quiz.js';

/** One authored file: its path relative to the content directory, with `/` separators, and its text. */
export interface LearnSourceFile {
  path: string;
  text: string;
}

/** A catalog with everything wrong in it; the catalog holds only the valid items. */
export interface LearnCatalogResult {
  catalog: LearnCatalog;
  errors: ContentError[];
  stats: LearnCatalogStats;
}

/**
 * Builds the Learn catalog from authored files, without I/O: compiles and checks scenarios
 * (`scenarios/<id>.ink`), quizzes (`quizzes/<band>--<strand>.json`) and lessons
 * (`lessons/<band>/<strand>.md`), checks that lessons refer to quizzes and scenarios that
 * exist, and that the catalog covers the curriculum (`checkCoverage`). Other files are
 * ignored. Items are sorted by band, strand, then id; errors by file, line, then message.
 */
export function buildLearnCatalog(files: readonly LearnSourceFile[]): LearnCatalogResult {
  const errors: ContentError[] = [];
  const scenarios: Scenario[] = [];
  const quizzes: Quiz[] = [];
  const lessons: { lesson: Lesson; file: LearnSourceFile }[] = [];
  const quizFiles = new Map<string, string>();
  const lessonFiles = new Map<string, string>();

  for (const file of [...files].sort((a, b) => compare(a.path, b.path))) {
    const scenario = /^scenarios\/([^/]+)\.ink$/.exec(file.path);
    if (scenario) {
      const result = compileScenario(scenario[1]!, file.text, file.path);
      errors.push(...result.errors);
      if (result.scenario) scenarios.push(result.scenario);
    } else if (/^quizzes\/[^/]+\.json$/.test(file.path)) {
      const { quiz, errors: quizErrors } = parseQuiz(file.path, file.text);
      errors.push(...quizErrors);
      if (!quiz) continue;
      const first = quizFiles.get(quiz.id);
      if (first) {
        errors.push({ file: file.path, message: `quiz id "${quiz.id}" is already used by ${first}` });
      } else {
        quizFiles.set(quiz.id, file.path);
        quizzes.push(quiz);
      }
    } else if (/^lessons\/.+\.md$/.test(file.path)) {
      const { lesson, errors: lessonErrors } = parseLesson(file.path, file.text);
      errors.push(...lessonErrors);
      if (!lesson) continue;
      const first = lessonFiles.get(lesson.id);
      if (first) {
        errors.push({ file: file.path, message: `lesson id "${lesson.id}" is already used by ${first}` });
      } else {
        lessonFiles.set(lesson.id, file.path);
        lessons.push({ lesson, file });
      }
    }
  }

  const scenarioIds = new Set(scenarios.map((s) => s.id));
  for (const { lesson, file } of lessons) {
    for (const id of lesson.quizzes.filter((q) => !quizFiles.has(q))) {
      errors.push({ file: file.path, line: lineOf(file.text, id), message: `quizzes: no quiz has the id "${id}"` });
    }
    for (const id of lesson.scenarios.filter((s) => !scenarioIds.has(s))) {
      errors.push({ file: file.path, line: lineOf(file.text, id), message: `scenarios: no scenario scenarios/${id}.ink` });
    }
  }

  const catalog: LearnCatalog = {
    scenarios: scenarios.sort(byPlace),
    quizzes: quizzes.sort(byPlace),
    lessons: lessons.map((l) => l.lesson).sort(byPlace),
  };
  errors.push(...checkCoverage(catalog));
  errors.sort((a, b) => compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compare(a.message, b.message));
  const stats: LearnCatalogStats = {
    scenarios: catalog.scenarios.length,
    quizzes: catalog.quizzes.length,
    questions: catalog.quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0),
    lessons: catalog.lessons.length,
  };
  return { catalog, errors, stats };
}

/** Band, then strand, in curriculum order, then id. */
function byPlace(a: { band: Band; strand: Strand; id: string }, b: { band: Band; strand: Strand; id: string }): number {
  return BANDS.indexOf(a.band) - BANDS.indexOf(b.band) || STRANDS.indexOf(a.strand) - STRANDS.indexOf(b.strand) || compare(a.id, b.id);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first line mentioning `id`, to point at a reference. */
function lineOf(text: string, id: string): number | undefined {
  const index = text.split('\n').findIndex((line) => line.includes(id));
  return index < 0 ? undefined : index + 1;
}
