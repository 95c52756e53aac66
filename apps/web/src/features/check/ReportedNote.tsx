import { SCHEMES, type IndicatorMatch } from '@kmm/detector';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from './use-localized.js';

/** Reported indicators (numbers, sites, phrases confirmed by counsellors) found in the input. */
export function ReportedNote({ indicators }: { indicators: readonly IndicatorMatch[] }) {
  const { t } = useTranslation('check');
  const titleId = useId();
  const l = useLocalized();
  return (
    <section className="check-result-section check-reported" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('result.reportedTitle')}</h3>
      <ul>
        {indicators.map((match) => (
          <li key={`${match.kind}:${match.value}`}>
            <strong>{t(`reported.${match.kind}`)}</strong> <span className="check-finding-value">{match.evidence[0]?.text ?? match.value}</span>{' '}
            <span className="muted">{t('reported.scheme', { name: l(SCHEMES[match.scheme].name) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
