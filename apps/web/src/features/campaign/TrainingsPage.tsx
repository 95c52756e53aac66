import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, campaignApi } from '../../api/api-client.js';
import type { CampaignExpert, CampaignSchool, CampaignTraining, Role, TrainingFormat } from '../../api/api-types.js';
import { useSession } from '../auth/index.js';
import { CampaignFrame, STAFF } from './CampaignFrame.js';
import { formatDateTime, formatNumber } from './campaign-format.js';
import { fromLocalInput, toLocalInput, validSpan } from './training-time.js';

const ROLES: readonly Role[] = ['teacher', 'expert', 'organizer', 'admin'];
const FORMATS: readonly TrainingFormat[] = ['tap_huan', 'workshop', 'ngoai_khoa', 'thi_ve_tranh', 'dien_kich', 'hoc_tap_tuong_tac'];

/** `/chien-dich/tap-huan`: teachers request, organisers approve with experts, experts record the outcome. */
export function TrainingsPage() {
  return (
    <CampaignFrame roles={ROLES} titleId="trainings-title">
      <Trainings />
    </CampaignFrame>
  );
}

const message = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback);

function Trainings() {
  const { t } = useTranslation('campaign');
  const { user } = useSession();
  const role = user!.role;
  const staff = STAFF.includes(role);
  const [items, setItems] = useState<CampaignTraining[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    campaignApi.trainings().then(
      (page) => setItems(page.items),
      (e: unknown) => setError(message(e, t('common.failed'))),
    );
  }, [t]);
  useEffect(load, [load]);

  const requested = items?.filter((i) => i.status === 'requested') ?? [];
  const planned = items?.filter((i) => i.status === 'planned') ?? [];
  const others = items?.filter((i) => i.status !== 'requested' && i.status !== 'planned') ?? [];

  return (
    <>
      <h1 id="trainings-title">{t('trainings.title')}</h1>
      {role !== 'expert' && <RequestForm onSent={load} />}
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {!items && !error && <p role="status">{t('common.loading')}</p>}
      {items && (
        <>
          <h2>{staff ? t('trainings.requested') : t('trainings.mine')}</h2>
          {items.length === 0 && <p>{t('trainings.none')}</p>}
          <ul className="campaign-trainings">
            {requested.map((tr) => (
              <TrainingItem key={tr.id} training={tr}>
                {staff && <ApproveForm training={tr} onDone={load} />}
              </TrainingItem>
            ))}
            {planned.map((tr) => (
              <TrainingItem key={tr.id} training={tr}>
                {(staff || role === 'expert') && <ReportForm training={tr} onDone={load} />}
              </TrainingItem>
            ))}
            {others.map((tr) => (
              <TrainingItem key={tr.id} training={tr} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function TrainingItem({ training, children }: { training: CampaignTraining; children?: ReactNode }) {
  const { t } = useTranslation('campaign');
  return (
    <li className="card campaign-training" data-status={training.status}>
      <h3>{training.schoolName}</h3>
      <p>
        {t(`formats.${training.format}`)} · <span className="campaign-status">{t(`statuses.${training.status}`)}</span>
        <br />
        {t('trainings.when', { start: formatDateTime(training.startAt), end: formatDateTime(training.endAt) })}
      </p>
      {training.note && <p className="campaign-hint">{training.note}</p>}
      {training.status === 'held' && (
        <p>
          {t('trainings.attendance', {
            students: formatNumber(training.students),
            teachers: formatNumber(training.teachers),
            parents: formatNumber(training.parents),
            score: training.feedbackScore ?? '—',
          })}
        </p>
      )}
      {children}
    </li>
  );
}

function RequestForm({ onSent }: { onSent: () => void }) {
  const { t } = useTranslation('campaign');
  const [q, setQ] = useState('');
  const [schools, setSchools] = useState<CampaignSchool[]>([]);
  const [schoolId, setSchoolId] = useState('');
  const [format, setFormat] = useState<TrainingFormat>('tap_huan');
  const [start, setStart] = useState(() => {
    const d = new Date();
    d.setDate(d.getDate() + 7);
    d.setHours(8, 0, 0, 0);
    return toLocalInput(d);
  });
  const [end, setEnd] = useState(() => {
    const d = new Date();
    d.setDate(d.getDate() + 7);
    d.setHours(10, 0, 0, 0);
    return toLocalInput(d);
  });
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      campaignApi.schools(q).then(
        (page) => {
          setSchools(page.items);
          setSchoolId((current) => (page.items.some((s) => s.id === current) ? current : (page.items[0]?.id ?? '')));
        },
        () => setSchools([]),
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [q]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!validSpan(start, end)) return setStatus({ ok: false, text: t('trainings.badTime') });
    try {
      await campaignApi.requestTraining({ schoolId, format, note: note.trim() || null, startAt: fromLocalInput(start)!, endAt: fromLocalInput(end)! });
      setStatus({ ok: true, text: t('trainings.sent') });
      setNote('');
      onSent();
    } catch (err) {
      setStatus({ ok: false, text: message(err, t('common.failed')) });
    }
  }

  return (
    <form className="form card campaign-request" onSubmit={(e) => void submit(e)} aria-labelledby="request-title">
      <h2 id="request-title">{t('trainings.requestTitle')}</h2>
      <label htmlFor="school-search">{t('trainings.schoolSearch')}</label>
      <input id="school-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      <label htmlFor="school-pick">{t('trainings.schoolPick')}</label>
      <select id="school-pick" value={schoolId} onChange={(e) => setSchoolId(e.target.value)} required>
        {schools.length === 0 && <option value="">{t('trainings.schoolNone')}</option>}
        {schools.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.code})
          </option>
        ))}
      </select>
      <label htmlFor="training-format">{t('trainings.format')}</label>
      <select id="training-format" value={format} onChange={(e) => setFormat(e.target.value as TrainingFormat)}>
        {FORMATS.map((f) => (
          <option key={f} value={f}>
            {t(`formats.${f}`)}
          </option>
        ))}
      </select>
      <div className="grid-2">
        <div>
          <label htmlFor="training-start">{t('trainings.start')}</label>
          <input id="training-start" type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} required />
        </div>
        <div>
          <label htmlFor="training-end">{t('trainings.end')}</label>
          <input id="training-end" type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} required />
        </div>
      </div>
      <label htmlFor="training-note">{t('trainings.note')}</label>
      <textarea id="training-note" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" className="button button-primary" disabled={!schoolId}>
        {t('trainings.send')}
      </button>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'alert alert-info' : 'alert alert-error'}>
          {status.text}
        </p>
      )}
    </form>
  );
}

function ApproveForm({ training, onDone }: { training: CampaignTraining; onDone: () => void }) {
  const { t } = useTranslation('campaign');
  const [experts, setExperts] = useState<CampaignExpert[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [start, setStart] = useState(toLocalInput(new Date(training.startAt)));
  const [end, setEnd] = useState(toLocalInput(new Date(training.endAt)));
  const [error, setError] = useState<string | null>(null);
  const id = training.id;

  useEffect(() => {
    campaignApi.experts(training.provinceId).then(
      (page) => (page.items.length > 0 ? setExperts(page.items) : campaignApi.experts().then((all) => setExperts(all.items))),
      (e: unknown) => setError(message(e, t('common.failed'))),
    );
  }, [training.provinceId, t]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (chosen.length === 0) return setError(t('trainings.pickExpert'));
    if (!validSpan(start, end)) return setError(t('trainings.badTime'));
    try {
      await campaignApi.approveTraining(id, { expertIds: chosen, startAt: fromLocalInput(start)!, endAt: fromLocalInput(end)! });
      onDone();
    } catch (err) {
      // 409 expert_double_booked: the server's message names the expert and the clashing session.
      setError(message(err, t('common.failed')));
    }
  }

  return (
    <form className="form campaign-approve" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('trainings.experts')}</legend>
        {experts?.length === 0 && <p>{t('trainings.noExperts')}</p>}
        {experts?.map((x) => (
          <label key={x.id} className="campaign-radio">
            <input
              type="checkbox"
              checked={chosen.includes(x.id)}
              onChange={(e) => setChosen((c) => (e.target.checked ? [...c, x.id] : c.filter((v) => v !== x.id)))}
            />{' '}
            {x.name}
          </label>
        ))}
      </fieldset>
      <div className="grid-2">
        <div>
          <label htmlFor={`approve-start-${id}`}>{t('trainings.start')}</label>
          <input id={`approve-start-${id}`} type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`approve-end-${id}`}>{t('trainings.end')}</label>
          <input id={`approve-end-${id}`} type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} />
        </div>
      </div>
      <button type="submit" className="button button-primary">
        {t('trainings.approve')}
      </button>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
    </form>
  );
}

function ReportForm({ training, onDone }: { training: CampaignTraining; onDone: () => void }) {
  const { t } = useTranslation('campaign');
  const [counts, setCounts] = useState({ students: '', teachers: '', parents: '' });
  const [score, setScore] = useState('5');
  const [error, setError] = useState<string | null>(null);
  const id = training.id;
  const num = (s: string) => (s.trim() === '' ? 0 : Number(s));

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await campaignApi.reportTraining(id, { students: num(counts.students), teachers: num(counts.teachers), parents: num(counts.parents), feedbackScore: Number(score) });
      onDone();
    } catch (err) {
      setError(message(err, t('common.failed')));
    }
  }

  return (
    <form className="form campaign-report" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('trainings.report')}</legend>
        <div className="campaign-counts">
          {(['students', 'teachers', 'parents'] as const).map((k) => (
            <div key={k}>
              <label htmlFor={`report-${k}-${id}`}>{t(`trainings.${k}`)}</label>
              <input
                id={`report-${k}-${id}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={100000}
                step={1}
                value={counts[k]}
                onChange={(e) => setCounts((c) => ({ ...c, [k]: e.target.value }))}
              />
            </div>
          ))}
        </div>
        <label htmlFor={`report-score-${id}`}>{t('trainings.feedback')}</label>
        <select id={`report-score-${id}`} value={score} onChange={(e) => setScore(e.target.value)}>
          {[5, 4, 3, 2, 1].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </fieldset>
      <button type="submit" className="button button-primary">
        {t('trainings.saveReport')}
      </button>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
    </form>
  );
}
