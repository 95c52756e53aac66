import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';

// The Learn pillar (its catalog of scenarios, quizzes and lessons, and the ink runtime) loads
// on first visit, so the home page stays light. The service worker precaches the chunk: every
// scenario, quiz and lesson still opens offline.
const pages = () => import('./learn-pages.js');

function page(pick: (m: Awaited<ReturnType<typeof pages>>) => ComponentType): LazyExoticComponent<ComponentType> {
  return lazy(() => pages().then((m) => ({ default: pick(m) })));
}

function lazyRoute(Page: LazyExoticComponent<ComponentType>) {
  return function LearnRoute() {
    const { t } = useTranslation();
    return (
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <Page />
      </Suspense>
    );
  };
}

/** `/hoc`: choose an age band and follow its track. */
export const LearnHomePage = lazyRoute(page((m) => m.LearnHome));
/** `/hoc/ban-do`: the curriculum map (strands × bands) with the learner's progress. */
export const CurriculumMapPage = lazyRoute(page((m) => m.CurriculumMapPage));
/** `/hoc/tinh-huong/:id`: a chat simulation and its debrief. */
export const ScenarioPage = lazyRoute(page((m) => m.ScenarioPage));
/** `/hoc/cau-hoi/:id`: a quiz. */
export const QuizPage = lazyRoute(page((m) => m.QuizPage));
/** `/hoc/bai/:id`: a lesson. */
export const LessonPage = lazyRoute(page((m) => m.LessonPage));
/** `/hoc/xem-truoc`: authors' preview of an ink scenario. */
export const ScenarioPreviewPage = lazyRoute(page((m) => m.PreviewPage));
/** `/xac-minh/:code`: public verification of a certificate. */
export const VerifyCertificatePage = lazyRoute(page((m) => m.VerifyCertificatePage));
