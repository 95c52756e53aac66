import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, campaignApi } from '../../api/api-client.js';
import type { PublicCounters } from '../../api/api-types.js';
import './campaign-locales.js';
import { formatDay, formatNumber } from './campaign-format.js';

const COUNTERS = ['schoolsReached', 'provincesReached', 'participants', 'pledges', 'eventVisitors', 'views'] as const;

/**
 * `/so-lieu`, public: the campaign's headline counters and nothing finer. A count under 5 is
 * withheld by the server (it could point at a single school or person) and shown as such.
 */
export function PublicCountersPage() {
  const { t } = useTranslation('campaign');
  const [counters, setCounters] = useState<PublicCounters | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    campaignApi.publicCounters().then(setCounters, (e: unknown) => setError(e instanceof ApiError ? e.message : t('common.failed')));
  }, [t]);

  return (
    <section className="public-counters" aria-labelledby="public-counters-title">
      <h1 id="public-counters-title">{t('publicCounters.title')}</h1>
      <p className="lead">{t('publicCounters.lead')}</p>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {!counters && !error && <p role="status">{t('common.loading')}</p>}
      {counters && !counters.campaign && <p className="card">{t('publicCounters.none')}</p>}
      {counters?.campaign && (
        <>
          <p>
            {t('publicCounters.period', {
              name: counters.campaign.name,
              start: formatDay(counters.campaign.startDate),
              end: formatDay(counters.campaign.endDate),
            })}
          </p>
          <ul className="campaign-kpis">
            {COUNTERS.map((key) => {
              const value = counters[key];
              return (
                <li key={key} className="campaign-kpi">
                  <span className="campaign-kpi-label">{t(`publicCounters.counters.${key}`)}</span>
                  <span className="campaign-kpi-value">{value === null ? t('publicCounters.withheld') : formatNumber(value)}</span>
                </li>
              );
            })}
          </ul>
          {counters.note && <p className="hint">{t('publicCounters.withheldNote')}</p>}
        </>
      )}
      <p className="public-counters-actions">
        <Link className="button button-primary" to="/cam-ket">
          {t('publicCounters.pledge')}
        </Link>
        <Link className="button button-secondary" to="/hoc">
          {t('publicCounters.learn')}
        </Link>
      </p>
    </section>
  );
}
