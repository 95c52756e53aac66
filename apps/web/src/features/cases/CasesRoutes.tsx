import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireCounsellor } from './RequireCounsellor.js';

// Counsellors' pages carry the detector's catalog: load them only for those who open them.
const LazyInbox = lazy(() => import('./InboxPage.js').then((m) => ({ default: m.InboxPage })));
const LazyCase = lazy(() => import('./CasePage.js').then((m) => ({ default: m.CasePage })));
const LazyProposed = lazy(() => import('./ProposedIndicatorsPage.js').then((m) => ({ default: m.ProposedIndicatorsPage })));

function Guarded({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireCounsellor>
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>{children}</Suspense>
    </RequireCounsellor>
  );
}

/** `/hop-thu`: the counsellor inbox. */
export function InboxPage() {
  return (
    <Guarded>
      <LazyInbox />
    </Guarded>
  );
}

/** `/hop-thu/:id`: one case. */
export function CasePage() {
  return (
    <Guarded>
      <LazyCase />
    </Guarded>
  );
}

/** `/hop-thu/dau-hieu`: indicators awaiting a second counsellor. */
export function ProposedIndicatorsPage() {
  return (
    <Guarded>
      <LazyProposed />
    </Guarded>
  );
}
