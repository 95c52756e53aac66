export { PROVINCES, type Province } from './provinces/provinces.js';
export { findProvince } from './provinces/find-province.js';

// Learn content: shapes and pure checks, safe in the browser. Reading files from disk is in
// the Node-only entry, `@kmm/content/node`.
export {
  BANDS,
  OUTCOMES,
  PLATFORMS,
  SPEAKERS,
  STRANDS,
  STUDENT_BANDS,
  type Band,
  type ContentError,
  type LearnCatalog,
  type LearnCatalogStats,
  type Lesson,
  type LocalizedText,
  type Outcome,
  type Platform,
  type Quiz,
  type QuizChoice,
  type QuizQuestion,
  type Scenario,
  type Speaker,
  type Strand,
} from './learn/learn-types.js';
export { buildLearnCatalog, type LearnCatalogResult, type LearnSourceFile } from './learn/build-learn-catalog.js';
export { checkCoverage, COVERAGE } from './learn/check-coverage.js';
export { compileScenario, type CompileScenarioResult } from './learn/compile-scenario.js';
export { lessonFrontMatterSchema } from './learn/lesson-front-matter-schema.js';
export { parseLesson, type ParseLessonResult } from './learn/parse-lesson.js';
export { parseQuiz, type ParseQuizResult } from './learn/parse-quiz.js';
export { quizSchema } from './learn/quiz-schema.js';
export { readLineTags, type LineTags, type ReadLineTagsResult } from './learn/read-line-tags.js';
export { ScenarioPlayer, type PlayedLine, type PlayedTurn } from './learn/scenario-player.js';
