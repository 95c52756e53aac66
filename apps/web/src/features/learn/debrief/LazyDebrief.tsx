import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebriefProps } from './Debrief.js';

// The debrief runs the detector (the biggest part of the app, shared with Kiểm tra): load it
// only once a scenario ends. The service worker precaches the chunk for offline use.
const Debrief = lazy(() => import('./Debrief.js').then((m) => ({ default: m.Debrief })));

/** The debrief, loaded when first needed. */
export function LazyDebrief(props: DebriefProps) {
  const { t } = useTranslation('learn');
  return (
    <Suspense fallback={<p role="status">{t('debrief.detectorLoading')}</p>}>
      <Debrief {...props} />
    </Suspense>
  );
}
