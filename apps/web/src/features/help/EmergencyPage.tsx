import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { HelpCalls } from './HelpCalls.js';
import './help-locales.js';
import { PrivacyPromise } from './PrivacyPromise.js';
import { needsAmbulance, reportPath, SITUATION_SCHEME, situationFromSlug } from './triage.js';

const STEPS = ['s1', 's2', 's3', 's4', 's5'] as const;

/**
 * `/tro-giup/khan-cap/:situation` — the emergency screen: the call buttons first, then what
 * to do in the next ten minutes for this situation, then a path to an emergency report.
 */
export function EmergencyPage() {
  const { t } = useTranslation('help');
  const situation = situationFromSlug(useParams().situation);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    titleRef.current?.focus();
  }, [situation]);

  if (!situation) return <Navigate to="/tro-giup" replace />;
  const lines = needsAmbulance(situation) ? (['113', '115', '111'] as const) : (['113', '111'] as const);

  return (
    <div className="help-page help-emergency">
      <h1 tabIndex={-1} ref={titleRef}>
        {t(`emergency.title.${situation}`)}
      </h1>
      <p className="help-not-alone">{t('notYourFault')}</p>

      <section className="help-emergency-calls" aria-label={t('emergency.callFirst')}>
        <p className="help-emergency-calls-text">{t('emergency.callFirst')}</p>
        <HelpCalls lines={lines} />
      </section>

      <section className="card card-urgent" aria-labelledby="help-ten-minutes">
        <h2 id="help-ten-minutes">{t('emergency.tenMinutes')}</h2>
        <ol className="help-steps">
          {STEPS.map((s) => (
            <li key={s}>{t(`emergency.steps.${situation}.${s}`)}</li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="help-after">
        <h2 id="help-after">{t('emergency.afterTitle')}</h2>
        <p>{t('emergency.afterText')}</p>
        <Link className="button button-primary help-report-link" to={reportPath({ emergency: true, scheme: SITUATION_SCHEME[situation] })}>
          {t('emergency.report')}
        </Link>
      </section>

      <PrivacyPromise />
      <p>
        <Link to="/tro-giup">{t('emergency.backToTriage')}</Link>
      </p>
    </div>
  );
}
