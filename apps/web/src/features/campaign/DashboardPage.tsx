import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, campaignApi } from '../../api/api-client.js';
import type { Campaign, CampaignDashboard, CampaignKpi } from '../../api/api-types.js';
import { CampaignFrame, STAFF } from './CampaignFrame.js';
import { formatDay, formatNumber, formatPercent, progressPercent } from './campaign-format.js';
import { provinceIdMatcher } from './campaign-geo.js';
import { ProvinceDrillDown } from './ProvinceDrillDown.js';
import { ProvinceMap } from './ProvinceMap.js';
import { WeeklyChart } from './WeeklyChart.js';

/** `/chien-dich`: the campaign's numbers against its targets, by week and by province. */
export function DashboardPage() {
  return (
    <CampaignFrame roles={STAFF} titleId="campaign-title">
      <Dashboard />
    </CampaignFrame>
  );
}

function KpiCard({ label, kpi }: { label: string; kpi: CampaignKpi }) {
  const { t } = useTranslation('campaign');
  const percent = progressPercent(kpi.value, kpi.target);
  const value = formatNumber(kpi.value);
  return (
    <li className="campaign-kpi">
      <span className="campaign-kpi-label">{label}</span>
      {/* Views run into billions: a smaller size keeps "1.740.718.772" on one line in a narrow card. */}
      <span className={value.length > 9 ? 'campaign-kpi-value campaign-kpi-value-long' : 'campaign-kpi-value'}>{value}</span>
      <span className="campaign-kpi-target">
        {kpi.target === null ? t('dashboard.noTarget') : t('dashboard.ofTarget', { target: formatNumber(kpi.target) })}
      </span>
      {percent !== null && (
        <progress max={100} value={percent} aria-label={t('dashboard.progress', { label, percent: formatPercent(kpi.value, kpi.target) })}>
          {formatPercent(kpi.value, kpi.target)}
        </progress>
      )}
    </li>
  );
}

function BarList({ title, rows }: { title: string; rows: { key: string; label: string; value: number; text: string }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <div className="campaign-bars">
      <h3>{title}</h3>
      <ul>
        {rows.map((r) => (
          <li key={r.key}>
            <span className="campaign-bar-label">{r.label}</span>
            <span className="campaign-bar-track" aria-hidden="true">
              <span className="campaign-bar-fill" style={{ width: `${(r.value / max) * 100}%` }} />
            </span>
            <span className="campaign-bar-text">{r.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const EXPORTS = ['schools', 'experts', 'trainings', 'events', 'provinces'] as const;
const SOCIAL_EXPORTS = ['influencers', 'posts'] as const;
// Exports that count within the campaign's window, so they follow the chosen campaign.
const WINDOWED_EXPORTS: ReadonlySet<string> = new Set(['provinces']);

/** Which campaign the dashboard shows (when there is more than one), and the way to manage them. */
function CampaignPicker({ campaigns, shownId, onPick }: { campaigns: Campaign[]; shownId: string | undefined; onPick: (id: string) => void }) {
  const { t } = useTranslation('campaign');
  return (
    <div className="campaign-picker">
      {campaigns.length > 1 && (
        <div className="form">
          <label htmlFor="dashboard-campaign">{t('campaigns.picker')}</label>
          <select id="dashboard-campaign" value={shownId ?? ''} onChange={(e) => onPick(e.target.value)}>
            {shownId === undefined && <option value="" />}
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p>
        <Link to="/chien-dich/chien-dich">{t('campaigns.manage')}</Link>
      </p>
    </div>
  );
}

function Dashboard() {
  const { t } = useTranslation('campaign');
  const [data, setData] = useState<CampaignDashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [matchId, setMatchId] = useState<((name: string) => string | undefined) | null>(null);
  const [metric, setMetric] = useState<'schoolsReached' | 'participants'>('schoolsReached');
  const [selected, setSelected] = useState<string | null>(null);
  const [campaigns, setCampaigns] = useState<Campaign[]>([]);
  // The chosen campaign lives in the address, so the campaigns page can link to it and a reload keeps it.
  const [params, setParams] = useSearchParams();
  const campaignId = params.get('campaignId') ?? undefined;

  const load = useCallback(() => {
    let current = true;
    campaignApi.dashboard(campaignId).then(
      (d) => current && setData(d),
      (e: unknown) =>
        current &&
        setError(e instanceof ApiError && e.code === 'campaign_not_found' ? t('dashboard.noCampaign') : e instanceof ApiError ? e.message : t('common.failed')),
    );
    // A slower answer for the campaign chosen before must not replace the one chosen now.
    return () => {
      current = false;
    };
  }, [t, campaignId]);

  useEffect(load, [load]);

  useEffect(() => {
    campaignApi.campaigns().then(setCampaigns, () => setCampaigns([]));
    api.provinces().then(
      (p) => setMatchId(() => provinceIdMatcher(p.provinces)),
      () => setMatchId(() => () => undefined),
    );
  }, []);

  const values = useMemo(
    () =>
      new Map((data?.provinces ?? []).map((p) => [p.provinceId, metric === 'schoolsReached' ? p.schoolsReached : p.students + p.teachers + p.parents])),
    [data, metric],
  );

  const title = (
    <>
      <h1 id="campaign-title" tabIndex={-1}>
        {t('dashboard.title')}
      </h1>
      <CampaignPicker
        campaigns={campaigns}
        shownId={campaignId ?? data?.campaign.id}
        onPick={(id) => {
          setError(null);
          setParams({ campaignId: id });
        }}
      />
    </>
  );
  if (error)
    return (
      <>
        {title}
        <p role="alert" className="alert alert-error">
          {error}
        </p>
        <button type="button" className="button button-secondary" onClick={() => {
            setError(null);
            load();
          }}
        >
          {t('common.retry')}
        </button>
      </>
    );
  if (!data)
    return (
      <>
        {title}
        <p role="status">{t('common.loading')}</p>
      </>
    );

  const k = data.kpis;
  const scopeName = data.provinceId ? (data.provinces.find((p) => p.provinceId === data.provinceId)?.name ?? data.provinceId) : null;
  const metricLabel = metric === 'schoolsReached' ? t('dashboard.metricSchools') : t('dashboard.metricParticipants');
  const selectedRow = data.provinces.find((p) => p.provinceId === selected);
  // Social reach is national: its exports answer 403 to a provincial organiser.
  const national = data.provinceId === null;
  const campaignParam = `?campaignId=${encodeURIComponent(data.campaign.id)}`;

  return (
    <>
      {title}
      <p className="campaign-lead">
        {t('dashboard.period', { name: data.campaign.name, start: formatDay(data.campaign.startDate), end: formatDay(data.campaign.endDate) })}
        <br />
        {scopeName ? t('dashboard.province', { name: scopeName }) : t('dashboard.national')}
      </p>
      {data.notes.map((note) => (
        <p key={note} className="alert alert-info">
          {note}
        </p>
      ))}

      <h2>{t('dashboard.kpisTitle')}</h2>
      <ul className="campaign-kpis">
        <KpiCard label={t('kpis.schoolsReached')} kpi={k.schoolsReached} />
        <KpiCard label={t('kpis.provincesReached')} kpi={k.provincesReached} />
        <KpiCard label={t('kpis.activeExperts')} kpi={k.activeExperts} />
        <KpiCard label={t('kpis.students')} kpi={k.participants.students} />
        <KpiCard label={t('kpis.teachers')} kpi={k.participants.teachers} />
        <KpiCard label={t('kpis.parents')} kpi={k.participants.parents} />
        <KpiCard label={t('kpis.pledges')} kpi={k.pledges} />
        <KpiCard label={t('kpis.eventVisitors')} kpi={k.eventVisitors} />
        <KpiCard label={t('kpis.views')} kpi={k.views} />
        <KpiCard label={t('kpis.influencers')} kpi={k.influencers} />
        {k.postsPerHashtag.map((h) => (
          <KpiCard key={h.hashtag} label={t('kpis.hashtag', { hashtag: h.hashtag })} kpi={h} />
        ))}
      </ul>

      <h2>{t('dashboard.weeklyTitle')}</h2>
      <WeeklyChart weeks={data.weekly} />

      <h2>{t('dashboard.mapTitle')}</h2>
      <fieldset className="campaign-metric">
        <legend>{t('dashboard.metric')}</legend>
        {(['schoolsReached', 'participants'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="campaign-metric" value={m} checked={metric === m} onChange={() => setMetric(m)} />{' '}
            {m === 'schoolsReached' ? t('dashboard.metricSchools') : t('dashboard.metricParticipants')}
          </label>
        ))}
      </fieldset>
      <p>{t('dashboard.mapHint')}</p>
      <ProvinceMap values={values} metricLabel={metricLabel} matchId={matchId} selected={selected} onSelect={setSelected} />
      <p className="campaign-credit">{t('dashboard.credit')}</p>
      {selectedRow && <ProvinceDrillDown key={selectedRow.provinceId} provinceId={selectedRow.provinceId} name={selectedRow.name} onClose={() => setSelected(null)} />}

      <details className="campaign-province-table">
        <summary>{t('dashboard.provinceTable')}</summary>
        <div className="table-scroll" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.provinceCol')}</th>
                <th scope="col">{t('dashboard.schoolsCol')}</th>
                <th scope="col">{t('dashboard.reachedCol')}</th>
                <th scope="col">{t('dashboard.participantsCol')}</th>
              </tr>
            </thead>
            <tbody>
              {data.provinces.map((p) => (
                <tr key={p.provinceId}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => setSelected(p.provinceId)}>
                      {p.name}
                    </button>
                  </th>
                  <td>{formatNumber(p.schools)}</td>
                  <td>{formatNumber(p.schoolsReached)}</td>
                  <td>{formatNumber(p.students + p.teachers + p.parents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <div className="campaign-breakdowns">
        <BarList
          title={t('dashboard.byFormat')}
          rows={data.byFormat.map((f) => ({
            key: f.format,
            label: t(`formats.${f.format}`),
            value: f.participants,
            text: t('dashboard.trainingsCount', { count: f.trainings, countText: formatNumber(f.trainings), participants: formatNumber(f.participants) }),
          }))}
        />
        <BarList
          title={t('dashboard.byLevel')}
          rows={data.byLevel.map((l) => ({
            key: l.level,
            label: t(`levels.${l.level}`),
            value: l.students,
            text: t('dashboard.studentsCount', { count: l.trainings, students: formatNumber(l.students) }),
          }))}
        />
        {data.pledgesByBand.length > 0 && (
          <BarList
            title={t('dashboard.pledgesByBand')}
            rows={data.pledgesByBand.map((b) => ({ key: b.band, label: b.band, value: b.count, text: formatNumber(b.count) }))}
          />
        )}
      </div>

      <h2>{t('dashboard.exports')}</h2>
      <ul className="campaign-exports">
        {EXPORTS.map((e) => (
          <li key={e}>
            <a className="button button-secondary" href={`/api/campaign/exports/${e}.csv${WINDOWED_EXPORTS.has(e) ? campaignParam : ''}`} download>
              {t(`exportsList.${e}`)}
            </a>
          </li>
        ))}
        {national &&
          SOCIAL_EXPORTS.map((e) => (
            <li key={e}>
              <a className="button button-secondary" href={`/api/campaign/exports/${e}.csv`} download>
                {t(`exportsList.${e}`)}
              </a>
            </li>
          ))}
        <li>
          <a className="button button-primary" href={`/api/campaign/exports/report.pdf${campaignParam}`} download>
            {t('dashboard.report')}
          </a>
        </li>
      </ul>
    </>
  );
}
