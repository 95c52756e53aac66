import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The detector (its model, brand and number tables) is the biggest part of the app: load it
// only when someone opens Kiểm tra, so the home page stays light. The service worker
// precaches this chunk too, so the page still opens offline.
const LazyCheckPage = lazy(() => import('./CheckPage.js').then((m) => ({ default: m.CheckPage })));

/** The Kiểm tra page, loaded on first visit. */
export function CheckPage() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
      <LazyCheckPage />
    </Suspense>
  );
}
