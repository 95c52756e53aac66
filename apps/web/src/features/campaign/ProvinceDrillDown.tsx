import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, campaignApi } from '../../api/api-client.js';
import type { CampaignTraining, DrillSchool } from '../../api/api-types.js';
import { formatDateTime, formatNumber } from './campaign-format.js';

/** Drill-down of the map: a province's schools, then one school's trainings. */
export function ProvinceDrillDown({ provinceId, name, onClose }: { provinceId: string; name: string; onClose: () => void }) {
  const { t } = useTranslation('campaign');
  const [schools, setSchools] = useState<DrillSchool[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [school, setSchool] = useState<DrillSchool | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    campaignApi.provinceSchools(provinceId).then(
      (page) => setSchools(page.items),
      (e: unknown) => setError(e instanceof ApiError ? e.message : t('common.failed')),
    );
    heading.current?.focus();
  }, [provinceId, t]);

  return (
    <section className="card campaign-drill" aria-labelledby="campaign-drill-title">
      <div className="campaign-drill-head">
        <h3 id="campaign-drill-title" ref={heading} tabIndex={-1}>
          {t('dashboard.schoolsIn', { name })}
        </h3>
        <button type="button" className="link-button" onClick={onClose}>
          {t('dashboard.close')}
        </button>
      </div>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {!schools && !error && <p role="status">{t('common.loading')}</p>}
      {schools && schools.length === 0 && <p>{t('dashboard.schoolsNone')}</p>}
      {schools && schools.length > 0 && (
        <div className="table-scroll" tabIndex={0}>
          <table className="campaign-drill-schools">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.schoolCol')}</th>
                <th scope="col">{t('dashboard.levelCol')}</th>
                <th scope="col">{t('dashboard.trainingsHeld')}</th>
                <th scope="col">{t('dashboard.participantsCol')}</th>
              </tr>
            </thead>
            <tbody>
              {schools.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <button type="button" className="link-button" aria-label={t('dashboard.showTrainings', { name: s.name })} onClick={() => setSchool(s)}>
                      {s.name}
                    </button>
                  </th>
                  <td>{t(`levels.${s.level}`)}</td>
                  <td>{formatNumber(s.trainingsHeld)}</td>
                  <td>{formatNumber(s.participants)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {school && <SchoolTrainings key={school.id} school={school} />}
    </section>
  );
}

function SchoolTrainings({ school }: { school: DrillSchool }) {
  const { t } = useTranslation('campaign');
  const [items, setItems] = useState<CampaignTraining[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    campaignApi.schoolTrainings(school.id).then(
      (page) => setItems(page.items),
      (e: unknown) => setError(e instanceof ApiError ? e.message : t('common.failed')),
    );
  }, [school.id, t]);
  return (
    <div className="campaign-drill-trainings" aria-live="polite">
      <h4>{t('dashboard.trainingsOf', { name: school.name })}</h4>
      {error && <p className="alert alert-error">{error}</p>}
      {items && items.length === 0 && <p>{t('dashboard.trainingsNone')}</p>}
      {items && items.length > 0 && (
        <ul className="campaign-list">
          {items.map((tr) => (
            <li key={tr.id}>
              <strong>{t(`formats.${tr.format}`)}</strong> · {t(`statuses.${tr.status}`)} · {formatDateTime(tr.startAt)}
              {tr.status === 'held' && (
                <>
                  <br />
                  {t('trainings.attendance', {
                    students: formatNumber(tr.students),
                    teachers: formatNumber(tr.teachers),
                    parents: formatNumber(tr.parents),
                    score: tr.feedbackScore ?? '—',
                  })}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
