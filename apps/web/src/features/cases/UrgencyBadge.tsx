import { useTranslation } from 'react-i18next';
import type { Urgency } from '../../api/api-types.js';
import './cases-locales.js';

const ICONS: Record<Urgency, string> = {
  // A siren, a warning triangle, a clock: the shape says it too, not only the colour.
  emergency: 'M12 2l2 5h-4l2-5zm-7 9a7 7 0 0114 0v6H5v-6zm-2 8h18v3H3v-3z',
  danger: 'M12 2L1 21h22L12 2zm-1 7h2v6h-2V9zm0 8h2v2h-2v-2z',
  normal: 'M12 2a10 10 0 100 20 10 10 0 000-20zm1 5v5.4l4 2.3-1 1.7-5-2.9V7h2z',
};

/** Urgency as colour, icon and words. */
export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation('cases');
  return (
    <span className={`urgency-badge urgency-${urgency}`}>
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <path fill="currentColor" d={ICONS[urgency]} />
      </svg>
      {t(`urgency.${urgency}`)}
    </span>
  );
}
