import { BANDS, STUDENT_BANDS, type ContentError, type LearnCatalog, type Strand } from './learn-types.js';
import { SCHEME_IDS } from './taxonomy-ids.js';

/** How much content the Learn pillar needs before it ships. */
export const COVERAGE = {
  /** Scenarios in all. */
  minScenarios: 20,
  /** Scenarios in each band. */
  minScenariosPerBand: 3,
  /** Quiz questions in all. */
  minQuestions: 80,
  /** Strands every student band covers with at least one scenario. */
  coreStrands: ['grooming', 'scams', 'manipulation', 'online_kidnapping'] as const satisfies readonly Strand[],
} as const;

/**
 * Checks that the catalog covers what the campaign teaches (see {@link COVERAGE}): every
 * scheme of the taxonomy in some scenario, enough scenarios per band, the core strands in
 * every student band, and enough scenarios and questions overall. Errors name the folder.
 */
export function checkCoverage(catalog: LearnCatalog): ContentError[] {
  const errors: ContentError[] = [];
  const scenarios = (message: string): void => void errors.push({ file: 'scenarios', message: `coverage: ${message}` });
  const taught = new Set(catalog.scenarios.flatMap((s) => s.schemes));
  const untaught = SCHEME_IDS.filter((scheme) => !taught.has(scheme));
  if (untaught.length > 0) scenarios(`no scenario teaches the scheme(s) ${untaught.join(', ')}; every scheme needs at least one`);
  for (const band of BANDS) {
    const count = catalog.scenarios.filter((s) => s.band === band).length;
    if (count < COVERAGE.minScenariosPerBand) scenarios(`band ${band} has ${count} scenario(s); it needs at least ${COVERAGE.minScenariosPerBand}`);
  }
  for (const band of STUDENT_BANDS) {
    const missing = COVERAGE.coreStrands.filter((strand) => !catalog.scenarios.some((s) => s.band === band && s.strand === strand));
    if (missing.length > 0) scenarios(`band ${band} has no scenario in strand(s) ${missing.join(', ')}`);
  }
  if (catalog.scenarios.length < COVERAGE.minScenarios) scenarios(`${catalog.scenarios.length} scenario(s); the catalog needs at least ${COVERAGE.minScenarios}`);
  const questions = catalog.quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
  if (questions < COVERAGE.minQuestions) {
    errors.push({ file: 'quizzes', message: `coverage: ${questions} quiz question(s); the catalog needs at least ${COVERAGE.minQuestions}` });
  }
  return errors;
}
