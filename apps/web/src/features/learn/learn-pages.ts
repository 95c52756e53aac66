// The Learn pages, loaded together as one chunk (with the bundled catalog and the ink runtime).
import './learn-locales.js';

export { VerifyCertificatePage } from './certificate/VerifyCertificatePage.js';
export { CurriculumMapPage } from './CurriculumMapPage.js';
export { LearnHome } from './LearnHome.js';
export { LessonPage } from './LessonPage.js';
export { PreviewPage } from './PreviewPage.js';
export { QuizPage } from './QuizPage.js';
export { ScenarioPage } from './ScenarioPage.js';
