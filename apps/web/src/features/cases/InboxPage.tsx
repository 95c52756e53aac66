import { SCHEME_IDS, SCHEMES } from '@kmm/detector';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, helpApi } from '../../api/api-client.js';
import type { CaseQueueFilters, CaseStatus, CaseSummary, Province } from '../../api/api-types.js';
import { useSession } from '../auth/index.js';
import { CASE_STATUSES } from './case-rules.js';
import './cases-locales.js';
import { DueNote } from './DueNote.js';
import { UrgencyBadge } from './UrgencyBadge.js';
import { useLocalized } from './use-localized.js';
import { useNow } from './use-now.js';

/** A scheme id or `unknown`, as the server's queue filter accepts (the address bar is not checked: a bad value gets the server's 400). */
type SchemeFilter = NonNullable<CaseQueueFilters['scheme']>;

/** Scheme id → its name in the interface language ("unknown" included). */
export function useSchemeName(): (id: string) => string {
  const { t } = useTranslation('cases');
  const l = useLocalized();
  return (id) => (id in SCHEMES ? l(SCHEMES[id as keyof typeof SCHEMES].name) : id === 'unknown' ? t('inbox.unknownScheme') : id);
}

/**
 * `/hop-thu` — the counsellor's queue, in the server's order (emergency first), with
 * urgency badges, response targets and breaches, and filters kept in the address.
 */
export function InboxPage() {
  const { t } = useTranslation('cases');
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [provinces, setProvinces] = useState<Province[]>([]);
  const [error, setError] = useState<string | null>(null);
  const now = useNow();
  const schemeName = useSchemeName();
  const filters: CaseQueueFilters = {
    ...(params.get('status') && { status: params.get('status') as CaseStatus }),
    ...(params.get('scheme') && { scheme: params.get('scheme') as SchemeFilter }),
    ...(params.get('province') && { province: params.get('province')! }),
  };
  const key = params.toString();

  const load = useCallback(() => {
    const query = new URLSearchParams(key);
    helpApi
      .cases({
        ...(query.get('status') && { status: query.get('status') as CaseStatus }),
        ...(query.get('scheme') && { scheme: query.get('scheme') as SchemeFilter }),
        ...(query.get('province') && { province: query.get('province')! }),
      })
      .then(
        (r) => {
          setCases(r.cases);
          setError(null);
        },
        (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)),
      );
  }, [key]);

  useEffect(() => {
    load();
  }, [load]);

  useEffect(() => {
    api.provinces().then(
      (p) => setProvinces(p.provinces),
      () => undefined,
    );
  }, []);

  const provinceName = (id: string | null) => (id ? (provinces.find((p) => p.id === id)?.name ?? id) : '—');

  function setFilter(name: keyof CaseQueueFilters, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  return (
    <div className="cases-page">
      <h1>{t('inbox.title')}</h1>
      <p className="lead">{t('inbox.lead')}</p>
      <p className="hint">{t('inbox.targets')}</p>
      <p>
        <Link to="/hop-thu/dau-hieu">{t('inbox.proposedLink')}</Link>
      </p>

      <form className="cases-filters" aria-label={t('inbox.filters')} onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor="filter-status">{t('inbox.status')}</label>
          <select id="filter-status" value={filters.status ?? ''} onChange={(e) => setFilter('status', e.target.value)}>
            <option value="">{t('inbox.all')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-scheme">{t('inbox.scheme')}</label>
          <select id="filter-scheme" value={filters.scheme ?? ''} onChange={(e) => setFilter('scheme', e.target.value)}>
            <option value="">{t('inbox.all')}</option>
            {[...SCHEME_IDS, 'unknown'].map((s) => (
              <option key={s} value={s}>
                {schemeName(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-province">{t('inbox.province')}</label>
          <select id="filter-province" value={filters.province ?? ''} onChange={(e) => setFilter('province', e.target.value)}>
            <option value="">{t('inbox.all')}</option>
            {provinces.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button cases-refresh" onClick={load}>
          {t('inbox.refresh')}
        </button>
      </form>

      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {!cases && !error && <p role="status">{t('case.loading')}</p>}
      {cases && (
        <>
          <p role="status">{t('inbox.count', { count: cases.length })}</p>
          {cases.length === 0 ? (
            <p>{t('inbox.empty')}</p>
          ) : (
            <ol className="case-queue">
              {cases.map((c) => (
                <li key={c.id} className={`case-item case-item-${c.urgency}${c.breached ? ' case-item-breached' : ''}`}>
                  <div className="case-item-head">
                    <UrgencyBadge urgency={c.urgency} />
                    <Link to={`/hop-thu/${c.id}`} className="case-code" aria-label={t('inbox.open', { code: c.code })}>
                      {c.code}
                    </Link>
                    <span className="case-status">{t(`status.${c.status}`)}</span>
                  </div>
                  <DueNote item={c} now={now} />
                  <p className="case-meta">
                    {c.schemes.map(schemeName).join(', ')} · {provinceName(c.provinceId)} · {t(`age.${c.ageBand ?? 'unknown'}`)} · {t(`reporter.${c.reporter ?? 'unknown'}`)}
                    {c.emergency && <> · {t('inbox.emergencyPath')}</>}
                  </p>
                  <p className="case-meta">{c.assignedTo === null ? t('inbox.unassigned') : c.assignedTo === user?.id ? t('inbox.mine') : t('inbox.assignedOther')}</p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
