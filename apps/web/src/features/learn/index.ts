export {
  CurriculumMapPage,
  LearnHomePage,
  LessonPage,
  QuizPage,
  ScenarioPage,
  ScenarioPreviewPage,
  VerifyCertificatePage,
} from './LearnRoutes.js';
