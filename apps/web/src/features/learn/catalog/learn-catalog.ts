import type { Band, LearnCatalog, Lesson, Quiz, Scenario, Strand } from '@kmm/content';
import catalog from 'virtual:learn-catalog';

/**
 * The whole learning catalog, compiled at build time and bundled with the Learn pages,
 * so scenarios, quizzes and lessons open without a network.
 */
export const CATALOG: LearnCatalog = catalog;

/** A scenario by id. */
export function findScenario(id: string | undefined): Scenario | undefined {
  return CATALOG.scenarios.find((s) => s.id === id);
}

/** A quiz by id. */
export function findQuiz(id: string | undefined): Quiz | undefined {
  return CATALOG.quizzes.find((q) => q.id === id);
}

/** A lesson by id. */
export function findLesson(id: string | undefined): Lesson | undefined {
  return CATALOG.lessons.find((l) => l.id === id);
}

/** What the catalog holds for one cell of the curriculum map. */
export interface CellContent {
  lessons: Lesson[];
  scenarios: Scenario[];
  quizzes: Quiz[];
}

/** The items of one strand × band cell of the curriculum map. */
export function cellContent(source: LearnCatalog, strand: Strand, band: Band): CellContent {
  const inCell = (x: { strand: Strand; band: Band }) => x.strand === strand && x.band === band;
  return { lessons: source.lessons.filter(inCell), scenarios: source.scenarios.filter(inCell), quizzes: source.quizzes.filter(inCell) };
}
