export { PROVINCES, type Province } from './provinces/provinces.js';
export { findProvince } from './provinces/find-province.js';

// Learn content: the shapes and id lists, light enough for any page. The compiler and
// validators are in `@kmm/content/compiler`; reading files from disk in `@kmm/content/node`.
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
