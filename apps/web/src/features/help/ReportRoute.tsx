import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The report form runs the detector in the browser: load it (and the detector) on first
// visit only. The service worker precaches this chunk, so the form opens offline too.
const LazyReportPage = lazy(() => import('./ReportPage.js').then((m) => ({ default: m.ReportPage })));

/** The `/bao-cao` page, loaded on first visit. */
export function ReportPage() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
      <LazyReportPage />
    </Suspense>
  );
}
