import { RISKS, SCHEME_IDS, type RiskLevel } from '@kmm/detector';
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, helpApi } from '../../api/api-client.js';
import type { CaseDetail, CaseStatus, Counsellor, IndicatorKind, Province, ReferralTarget } from '../../api/api-types.js';
import { Field, FieldError } from '../../ui/Field.js';
import { useSession } from '../auth/index.js';
import { STATUS_TRANSITIONS } from './case-rules.js';
import './cases-locales.js';
import { DueNote } from './DueNote.js';
import { useSchemeName } from './InboxPage.js';
import { UrgencyBadge } from './UrgencyBadge.js';
import { useLocalized } from './use-localized.js';
import { useNow } from './use-now.js';

const REFERRAL_TARGETS: readonly ReferralTarget[] = ['police_113', 'hotline_111', 'school', 'health', 'platform_takedown'];
const PROPOSE_KINDS: readonly IndicatorKind[] = ['phone', 'domain', 'phrase'];

type Notice = { ok: boolean; text: string } | null;

/**
 * `/hop-thu/:id` — one case: the report as the server decrypted it, the detector's reading,
 * screenshots (each view audited), the timeline, and the counsellor's actions.
 */
export function CasePage() {
  const { t, i18n } = useTranslation('cases');
  const { id = '' } = useParams();
  const { user } = useSession();
  const l = useLocalized();
  const schemeName = useSchemeName();
  const now = useNow();
  const [item, setItem] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [provinces, setProvinces] = useState<Province[]>([]);
  const [counsellors, setCounsellors] = useState<Counsellor[]>([]);
  const [handedTo, setHandedTo] = useState<Counsellor | null>(null);
  const [shown, setShown] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<Record<string, Notice>>({});
  const [busy, setBusy] = useState(false);
  const locale = i18n.language?.startsWith('en') ? 'en-GB' : 'vi-VN';
  const when = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });

  const load = useCallback(() => {
    helpApi.case(id).then(
      (c) => {
        setItem(c);
        setError(null);
      },
      (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)),
    );
  }, [id]);

  useEffect(() => {
    load();
  }, [load]);

  useEffect(() => {
    api.provinces().then(
      (p) => setProvinces(p.provinces),
      () => undefined,
    );
    helpApi.counsellors().then(
      (c) => setCounsellors(c.counsellors),
      () => undefined,
    );
  }, []);

  const who = (userId: string | null) => {
    if (userId === null) return '';
    if (userId === user?.id) return t('case.you');
    return counsellors.find((e) => e.id === userId)?.displayName ?? t('case.colleague');
  };

  /** Runs one action, shows its outcome under the form it came from, and reloads the case. */
  async function act(form: string, action: () => Promise<unknown>, success: string): Promise<boolean> {
    setBusy(true);
    try {
      await action();
      setNotice((n) => ({ ...n, [form]: { ok: true, text: success } }));
      load();
      return true;
    } catch (e) {
      setNotice((n) => ({ ...n, [form]: { ok: false, text: e instanceof ApiError ? e.message : String(e) } }));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const noticeOf = (form: string) => {
    const n = notice[form];
    return (
      <p role={n && !n.ok ? 'alert' : 'status'} className={n ? (n.ok ? 'hint case-ok' : 'alert alert-error') : 'hint'}>
        {n?.text ?? ''}
      </p>
    );
  };

  if (error && !item)
    return (
      <div className="cases-page">
        <p role="alert" className="alert alert-error">
          {error}
        </p>
        <Link to="/hop-thu">{t('case.back')}</Link>
      </div>
    );
  // A counsellor no longer sees a case they handed over: say where it went instead of "not found".
  if (handedTo && item)
    return (
      <div className="cases-page">
        <p role="status" className="alert alert-info">
          {t('case.handedOver', { code: item.code, name: handedTo.displayName })}
        </p>
        <Link to="/hop-thu">{t('case.back')}</Link>
      </div>
    );
  if (!item) return <p role="status">{t('case.loading')}</p>;

  const transitions = STATUS_TRANSITIONS[item.status];
  const provinceName = item.provinceId ? (provinces.find((p) => p.id === item.provinceId)?.name ?? item.provinceId) : '—';
  const consentOnFile = item.contactConsent || item.referralConsent;
  const provinceNameOf = (provinceId: string | null) => (provinceId ? (provinces.find((p) => p.id === provinceId)?.name ?? provinceId) : t('case.national'));
  // A counsellor hands over their own case or an unassigned one; an admin any case.
  const mayHandOver = user?.role === 'admin' || item.assignedTo === null || item.assignedTo === user?.id;
  const colleagues = counsellors.filter((c) => c.id !== item.assignedTo && (user?.role === 'admin' || c.id !== user?.id));

  async function handOver(expertId: string): Promise<boolean> {
    const ok = await act('workflow', () => helpApi.assignCase(item!.id, expertId), t('case.saved'));
    if (ok && user?.role !== 'admin') setHandedTo(counsellors.find((c) => c.id === expertId) ?? null);
    return ok;
  }

  return (
    <div className="cases-page case-page">
      <p>
        <Link to="/hop-thu">← {t('case.back')}</Link>
      </p>
      <h1 className="case-title">
        <span>{item.code}</span> <UrgencyBadge urgency={item.urgency} />
      </h1>
      <p className="case-status-line">
        <strong>{t(`status.${item.status}`)}</strong> · {item.assignedTo === null ? t('inbox.unassigned') : item.assignedTo === user?.id ? t('inbox.mine') : t('inbox.assignedOther')}
        {item.emergency && <> · {t('inbox.emergencyPath')}</>}
      </p>
      <DueNote item={item} now={now} />

      <section className="card" aria-labelledby="case-details">
        <h2 id="case-details">{t('case.details')}</h2>
        <dl className="case-facts">
          <dt>{t('case.received')}</dt>
          <dd>{when(item.createdAt)}</dd>
          <dt>{t('case.province')}</dt>
          <dd>{provinceName}</dd>
          <dt>{t('case.reporterLabel')}</dt>
          <dd>{t(`reporter.${item.reporter ?? 'unknown'}`)}</dd>
          <dt>{t('case.ageLabel')}</dt>
          <dd>{t(`age.${item.ageBand ?? 'unknown'}`)}</dd>
          <dt>{t('case.schemesLabel')}</dt>
          <dd>{item.schemes.map(schemeName).join(', ')}</dd>
          <dt>{t('case.nickname')}</dt>
          <dd>{item.nickname ?? '—'}</dd>
          <dt>{t('case.contact')}</dt>
          <dd>{item.contact ? `${item.contact} (${t('case.contactConsent')})` : t('case.noContact')}</dd>
        </dl>
      </section>

      {item.purgedAt ? (
        <p className="alert alert-info">{t('case.purged')}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="case-story">
            <h2 id="case-story">{t('case.report')}</h2>
            <p className="case-text">{item.narrative ?? '—'}</p>
            {item.conversation && (
              <>
                <h3>{t('case.conversation')}</h3>
                <pre className="case-text case-chat">{item.conversation}</pre>
              </>
            )}
            <h3>{t('case.evidence')}</h3>
            <dl className="case-facts">
              <dt>{t('case.links')}</dt>
              <dd>{item.links.length ? <ul>{item.links.map((x) => <li key={x}>{x}</li>)}</ul> : t('case.none')}</dd>
              <dt>{t('case.phones')}</dt>
              <dd>{item.phones.length ? <ul>{item.phones.map((x) => <li key={x}>{x}</li>)}</ul> : t('case.none')}</dd>
            </dl>
            {item.pdqHashes.length > 0 && <p className="hint">{t('case.pdq', { count: item.pdqHashes.length })}</p>}
          </section>

          <section className="card" aria-labelledby="case-detector">
            <h2 id="case-detector">{t('case.detector')}</h2>
            {item.detector ? (
              <>
                <p>
                  <strong>
                    {t('case.detectorRisk', { risk: item.detector.risk in RISKS ? l(RISKS[item.detector.risk as RiskLevel].name) : item.detector.risk })}
                  </strong>
                </p>
                <ul>
                  {item.detector.schemes.map((s) => (
                    <li key={s.id}>
                      {schemeName(s.id)} — {Math.round(s.score * 100)}%
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('case.detectorNone')}</p>
            )}
          </section>

          <section className="card" aria-labelledby="case-shots">
            <h2 id="case-shots">{t('case.screenshots')}</h2>
            {item.screenshots.length === 0 ? (
              <p>{t('case.noScreenshots')}</p>
            ) : (
              <>
                <p className="hint">{t('case.screenshotNote')}</p>
                <ul className="case-shots">
                  {item.screenshots.map((s, i) => (
                    <li key={s.id}>
                      {shown.has(s.id) ? (
                        <img src={helpApi.screenshotUrl(item.id, s.id)} alt={t('case.screenshotAlt', { n: i + 1 })} loading="lazy" />
                      ) : (
                        <button type="button" className="button" onClick={() => setShown((x) => new Set(x).add(s.id))}>
                          {t('case.showScreenshot', { n: i + 1, kb: Math.max(1, Math.round(s.bytes / 1024)) })}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}

      <section className="card" aria-labelledby="case-actions">
        <h2 id="case-actions">{t('case.actions')}</h2>
        <div className="case-buttons">
          {item.assignedTo !== user?.id && (item.assignedTo === null || user?.role === 'admin') && (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void act('workflow', () => helpApi.claimCase(item.id), t('case.saved'))}>
              {t('case.claim')}
            </button>
          )}
          {transitions.map((to: CaseStatus) => (
            <button key={to} type="button" className="button button-secondary" disabled={busy} onClick={() => void act('workflow', () => helpApi.setCaseStatus(item.id, to), t('case.saved'))}>
              {t(`moveTo.${to}`)}
            </button>
          ))}
          {transitions.length === 0 && <p>{t('case.noTransitions')}</p>}
        </div>
        {mayHandOver && colleagues.length > 0 && <AssignForm colleagues={colleagues} provinceName={provinceNameOf} busy={busy} onAssign={handOver} />}
        {noticeOf('workflow')}
      </section>

      <TextForm
        id="case-reply"
        title={t('case.reply')}
        hint={t('case.replyHint')}
        submit={t('case.sendReply')}
        busy={busy}
        onSend={(text) => act('reply', () => helpApi.addCaseReply(item.id, text), t('case.saved'))}
        notice={noticeOf('reply')}
      />
      <TextForm
        id="case-note"
        title={t('case.note')}
        hint={t('case.noteHint')}
        submit={t('case.addNote')}
        busy={busy}
        onSend={(text) => act('note', () => helpApi.addCaseNote(item.id, text), t('case.saved'))}
        notice={noticeOf('note')}
      />

      <ReferralForm consentOnFile={consentOnFile} busy={busy} onRefer={(body) => act('referral', () => helpApi.referCase(item.id, body), t('case.referred'))} notice={noticeOf('referral')} />

      <ProposeForm
        suggestions={[...item.phones, ...item.links]}
        initialScheme={item.schemes.find((s) => (SCHEME_IDS as readonly string[]).includes(s)) ?? 'online_kidnapping'}
        schemeName={schemeName}
        busy={busy}
        onPropose={(body) => act('propose', () => helpApi.proposeIndicator(item.id, body), t('case.proposed', { value: body.value }))}
        notice={noticeOf('propose')}
      />

      <section className="card" aria-labelledby="case-timeline">
        <h2 id="case-timeline">{t('case.timeline')}</h2>
        <ol className="case-timeline">
          {item.timeline.map((e) => (
            <li key={e.id} className={`case-event case-event-${e.kind}`}>
              <p className="case-event-meta">
                <time dateTime={e.at}>{when(e.at)}</time> · <strong>{eventTitle(t, e.kind, e.detail)}</strong>
                {e.userId && <> · {t('timeline.by', { who: who(e.userId) })}</>}
              </p>
              {e.text && <p className="case-text">{e.text}</p>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function eventTitle(t: (key: string, options?: Record<string, unknown>) => string, kind: string, detail: Record<string, unknown> | undefined): string {
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  switch (kind) {
    case 'status':
      return t('timeline.status', { from: t(`status.${s(detail?.from)}`), to: t(`status.${s(detail?.to)}`) });
    case 'referral':
      return t('timeline.referral', { to: t(`referTo.${s(detail?.to)}`), basis: t(`timeline.${s(detail?.basis) || 'consent'}`) });
    case 'created':
    case 'claimed':
    case 'assigned':
    case 'note':
    case 'reply':
    case 'reporter':
      return t(`timeline.${kind}`);
    default:
      return kind;
  }
}

function AssignForm(props: { colleagues: Counsellor[]; provinceName(provinceId: string | null): string; busy: boolean; onAssign(expertId: string): Promise<boolean> }) {
  const { colleagues, provinceName, busy, onAssign } = props;
  const { t } = useTranslation('cases');
  const [expertId, setExpertId] = useState('');
  return (
    <form
      className="form case-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (expertId) void onAssign(expertId);
      }}
    >
      <Field id="case-assign" label={t('case.assignTo')} hint={t('case.assignHint')}>
        {(control) => (
          <select {...control} value={expertId} onChange={(e) => setExpertId(e.target.value)}>
            <option value="">{t('case.chooseExpert')}</option>
            {colleagues.map((x) => (
              <option key={x.id} value={x.id}>
                {x.displayName} ({provinceName(x.provinceId)})
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button-secondary" disabled={busy || !expertId}>
        {t('case.assign')}
      </button>
    </form>
  );
}

function TextForm(props: { id: string; title: string; hint: string; submit: string; busy: boolean; onSend(text: string): Promise<boolean>; notice: ReactNode }) {
  const { t } = useTranslation('cases');
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    if (await props.onSend(text.trim())) setText('');
  }
  return (
    <section className="card" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id={props.id} label={props.title} hint={props.hint} error={empty && t('case.empty')}>
          {(control) => <textarea {...control} rows={4} maxLength={10_000} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <button type="submit" className="button button-primary" disabled={props.busy}>
          {props.submit}
        </button>
      </form>
      {props.notice}
    </section>
  );
}

function ReferralForm(props: {
  consentOnFile: boolean;
  busy: boolean;
  onRefer(body: { to: ReferralTarget; consent: boolean; emergencyOverride?: { reason: string } }): Promise<boolean>;
  notice: ReactNode;
}) {
  const { t } = useTranslation('cases');
  const [to, setTo] = useState<ReferralTarget>('hotline_111');
  const [consent, setConsent] = useState(false);
  const [override, setOverride] = useState(false);
  const [reason, setReason] = useState('');
  // What stops the referral: no ground for it (the consent and override boxes), or too short a reason.
  const [problem, setProblem] = useState<'basis' | 'reason' | null>(null);
  // Both boxes point to the one error: ticking either gives the referral its ground.
  const basisInvalid = problem === 'basis' ? ({ 'aria-invalid': true, 'aria-describedby': 'case-refer-basis-error' } as const) : {};
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!props.consentOnFile && !consent && !override) return setProblem('basis');
    if (override && reason.trim().length < 10) return setProblem('reason');
    setProblem(null);
    const ok = await props.onRefer({ to, consent, ...(override && { emergencyOverride: { reason: reason.trim() } }) });
    if (ok) {
      setOverride(false);
      setReason('');
    }
  }
  return (
    <section className="card" aria-labelledby="case-referral-title">
      <h2 id="case-referral-title">{t('case.referral')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="case-refer-to">{t('case.referTo')}</label>
        <select id="case-refer-to" value={to} onChange={(e) => setTo(e.target.value as ReferralTarget)}>
          {REFERRAL_TARGETS.map((x) => (
            <option key={x} value={x}>
              {t(`referTo.${x}`)}
            </option>
          ))}
        </select>
        {props.consentOnFile ? (
          <p className="hint">{t('case.consentOnFile')}</p>
        ) : (
          <label className="help-option">
            <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} {...basisInvalid} />
            <span>{t('case.consent')}</span>
          </label>
        )}
        <label className="help-option">
          <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} {...basisInvalid} />
          <span>{t('case.override')}</span>
        </label>
        <FieldError id="case-refer-basis" error={problem === 'basis' && t('case.needsBasis')} />
        {override && (
          <Field id="case-override-reason" label={t('case.overrideReason')} error={problem === 'reason' && t('case.overrideTooShort')}>
            {(control) => <textarea {...control} rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        )}
        <button type="submit" className="button button-primary" disabled={props.busy}>
          {t('case.refer')}
        </button>
      </form>
      {props.notice}
    </section>
  );
}

function ProposeForm(props: {
  suggestions: string[];
  initialScheme: string;
  schemeName(id: string): string;
  busy: boolean;
  onPropose(body: { kind: IndicatorKind; value: string; scheme: string }): Promise<boolean>;
  notice: ReactNode;
}) {
  const { t } = useTranslation('cases');
  const [kind, setKind] = useState<IndicatorKind>('phone');
  const [value, setValue] = useState('');
  const [scheme, setScheme] = useState(props.initialScheme);
  const [empty, setEmpty] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    if (await props.onPropose({ kind, value: value.trim(), scheme })) setValue('');
  }
  return (
    <section className="card" aria-labelledby="case-propose-title">
      <h2 id="case-propose-title">{t('case.propose')}</h2>
      <p className="hint">{t('case.proposeHint')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="case-propose-kind">{t('case.kind')}</label>
        <select id="case-propose-kind" value={kind} onChange={(e) => setKind(e.target.value as IndicatorKind)}>
          {PROPOSE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
        <Field id="case-propose-value" label={t('case.value')} error={empty && t('case.empty')}>
          {(control) => (
            <>
              <input {...control} list="case-propose-suggestions" maxLength={2048} value={value} onChange={(e) => setValue(e.target.value)} />
              <datalist id="case-propose-suggestions">
                {props.suggestions.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <label htmlFor="case-propose-scheme">{t('case.proposeScheme')}</label>
        <select id="case-propose-scheme" value={scheme} onChange={(e) => setScheme(e.target.value)}>
          {SCHEME_IDS.map((s) => (
            <option key={s} value={s}>
              {props.schemeName(s)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-primary" disabled={props.busy}>
          {t('case.proposeSubmit')}
        </button>
      </form>
      {props.notice}
    </section>
  );
}
