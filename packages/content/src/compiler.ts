/**
 * The content compiler and validators: Ink scenarios (inkjs compiler), quizzes and lessons
 * (zod, YAML). Kept apart from the main entry so pages that only need ids and types do not
 * download the compiler.
 */
export { buildLearnCatalog, type LearnCatalogResult, type LearnSourceFile } from './learn/build-learn-catalog.js';
export { checkCoverage, COVERAGE } from './learn/check-coverage.js';
export { compileScenario, type CompileScenarioResult } from './learn/compile-scenario.js';
export { lessonFrontMatterSchema } from './learn/lesson-front-matter-schema.js';
export { parseLesson, type ParseLessonResult } from './learn/parse-lesson.js';
export { parseQuiz, type ParseQuizResult } from './learn/parse-quiz.js';
export { quizSchema } from './learn/quiz-schema.js';
export { readLineTags, type LineTags, type ReadLineTagsResult } from './learn/read-line-tags.js';
export { ScenarioPlayer, type PlayedLine, type PlayedTurn } from './learn/scenario-player.js';
