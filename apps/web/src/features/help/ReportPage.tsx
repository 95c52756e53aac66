import { SCHEME_IDS, SCHEMES } from '@kmm/detector';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, api, helpApi } from '../../api/api-client.js';
import type { AgeBand, Province, ReportCreated, Reporter } from '../../api/api-types.js';
import { Field } from '../../ui/Field.js';
import { HelpCalls } from './HelpCalls.js';
import './help-locales.js';
import { analyzeReport, DetectorSummary, useReportAnalysis } from './DetectorSummary.js';
import { ReportDone } from './ReportDone.js';
import { clearDraft, EMPTY_DRAFT, loadDraft, saveDraft, toggleScheme, withSendKey, type ReportDraft } from './report-draft.js';
import { draftProblems, REPORT_TEXT_LIMITS, reportRequest, type DraftProblem } from './report-payload.js';
import { checkScreenshots, SCREENSHOT_LIMITS, toBase64, type ChosenScreenshot, type ScreenshotProblem } from './screenshots.js';
import { sendWithRetry, type RetryHandle } from './send-retry.js';
import { useLocalized } from './use-localized.js';
import { ImageFingerprints } from './ImageFingerprints.js';
import type { ImageFingerprint } from './image-fingerprint.js';

const REPORTERS: readonly Reporter[] = ['child', 'parent', 'teacher', 'other'];
const AGE_BANDS: readonly AgeBand[] = ['primary', 'lower_secondary', 'upper_secondary', 'university', 'adult'];

type SendState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'waiting'; seconds: number } | { kind: 'failed'; message: string; fields: string[] };

/** No network, or the server in trouble: worth trying again by itself. */
const isRetryable = (error: unknown) => error instanceof ApiError && (error.status === 0 || error.status === 408 || error.status >= 500);

const FIELD_IDS: Record<DraftProblem['field'], string> = {
  narrative: 'report-narrative',
  conversation: 'report-conversation',
  links: 'report-links',
  phones: 'report-phones',
  contact: 'report-contact-consent',
};

let nextShotId = 0;

/**
 * `/bao-cao` — the anonymous report. Everything typed is kept as a draft on this device; a
 * send that fails for lack of network is retried by itself; the case code and PIN are shown
 * once at the end.
 */
export function ReportPage() {
  const { t } = useTranslation('help');
  const l = useLocalized();
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<ReportDraft>(() => {
    const saved = loadDraft() ?? EMPTY_DRAFT;
    const scheme = params.get('van-de');
    return {
      ...saved,
      emergency: saved.emergency || params.get('khan-cap') === '1',
      schemes: saved.schemes.length === 0 && scheme && (SCHEME_IDS as readonly string[]).includes(scheme) ? [scheme] : saved.schemes,
    };
  });
  const [pendingFromBefore] = useState(() => draft.pending);
  const [provinces, setProvinces] = useState<Province[] | null>(null);
  const [provincesFailed, setProvincesFailed] = useState(false);
  const [shots, setShots] = useState<ChosenScreenshot[]>([]);
  const [fingerprints, setFingerprints] = useState<ImageFingerprint[]>([]);
  const [shotProblems, setShotProblems] = useState<ScreenshotProblem[]>([]);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [send, setSend] = useState<SendState>({ kind: 'idle' });
  const [created, setCreated] = useState<ReportCreated | null>(null);
  const [cleared, setCleared] = useState(false);
  const retry = useRef<RetryHandle | null>(null);
  // The latest draft, for a retry that runs after more typing: what is sent is what is on screen.
  const latest = useRef<ReportDraft>(draft);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const analysis = useReportAnalysis(draft.narrative, draft.conversation);

  useEffect(() => {
    api.provinces().then(
      (p) => setProvinces(p.provinces),
      () => setProvincesFailed(true),
    );
    return () => retry.current?.cancel();
  }, []);

  function update(patch: Partial<ReportDraft>) {
    const next = { ...draft, ...patch };
    latest.current = next;
    setDraft(next);
    saveDraft(next);
    setCleared(false);
    if (problems.length) setProblems(draftProblems(next).filter((p) => problems.some((q) => q.field === p.field)));
  }

  const problemOf = (field: DraftProblem['field']) => problems.find((p) => p.field === field);

  function problemText(p: DraftProblem): string {
    switch (p.field) {
      case 'narrative':
        return p.kind === 'empty' ? t('report.narrative.empty') : t('report.narrative.tooLong', { max: REPORT_TEXT_LIMITS.narrative });
      case 'conversation':
        return t('report.conversation.tooLong', { max: REPORT_TEXT_LIMITS.conversation });
      case 'links':
        return t('report.links.tooMany', { max: REPORT_TEXT_LIMITS.listItems });
      case 'phones':
        return t('report.phones.tooMany', { max: REPORT_TEXT_LIMITS.listItems });
      case 'contact':
        return t('report.contact.consentMissing');
    }
  }

  function shotProblemText(p: ScreenshotProblem): string {
    if (p.kind === 'tooMany') return t('report.screenshots.tooMany', { max: p.max });
    if (p.kind === 'tooBig') return t('report.screenshots.tooBig', { name: p.name, mb: p.mb });
    return t('report.screenshots.wrongType', { name: p.name });
  }

  function pickScreenshots(event: ChangeEvent<HTMLInputElement>) {
    const picked = [...(event.target.files ?? [])];
    event.target.value = '';
    const { accepted, problems: found } = checkScreenshots(shots.length, picked);
    setShotProblems(found);
    setShots((s) => [...s, ...accepted.map((f) => ({ id: `shot-${nextShotId++}`, name: f.name, mime: f.type as ChosenScreenshot['mime'], size: f.size, file: f }))]);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (send.kind === 'sending' || send.kind === 'waiting') return;
    const found = draftProblems(draft);
    setProblems(found);
    if (found.length) {
      setSend({ kind: 'idle' });
      document.getElementById(FIELD_IDS[found[0]!.field])?.focus();
      return;
    }
    setSend({ kind: 'sending' });
    let screenshots;
    try {
      screenshots = await Promise.all(shots.map(async (s) => ({ mime: s.mime, dataBase64: await toBase64(s.file) })));
    } catch {
      setSend({ kind: 'failed', message: t('report.screenshots.unreadable', { name: '' }), fields: [] });
      return;
    }
    // Until the server answers, the draft says a send is under way: a reload shows it is not lost.
    // Its send key stays the same through every retry and reload, so a lost answer cannot make a second case.
    const pending = withSendKey({ ...draft, pending: true });
    latest.current = pending;
    setDraft(pending);
    saveDraft(pending);
    retry.current?.cancel();
    retry.current = sendWithRetry({
      send: async () => {
        const current = latest.current;
        const found = analyzeReport(current.narrative, current.conversation);
        const body = reportRequest(current, found ? { risk: found.risk, schemes: found.schemes } : null, screenshots, fingerprints.map((f) => f.hash));
        try {
          return await helpApi.createReport(body, current.sendKey);
        } catch (error) {
          if (!(error instanceof ApiError && error.code === 'idempotency_key_reused')) throw error;
          // An earlier version of this draft reached the server (its answer was lost), then the
          // text changed: what is on screen now is a report of its own, under a new key.
          const renewed = withSendKey({ ...latest.current, sendKey: '' });
          latest.current = renewed;
          setDraft(renewed);
          saveDraft(renewed);
          return helpApi.createReport(body, renewed.sendKey);
        }
      },
      isRetryable,
      onSuccess: (answer) => {
        clearDraft();
        latest.current = EMPTY_DRAFT;
        setDraft(EMPTY_DRAFT);
        setShots([]);
        setSend({ kind: 'idle' });
        setCreated(answer);
      },
      onFailure: (error) => {
        const settled = { ...latest.current, pending: false };
        latest.current = settled;
        setDraft(settled);
        saveDraft(settled);
        const fields = error instanceof ApiError ? error.fields.map((f) => f.message) : [];
        setSend({ kind: 'failed', message: error instanceof ApiError ? error.message : String(error), fields });
        summaryRef.current?.focus();
      },
      onWaiting: (_attempt, delayMs) => setSend({ kind: 'waiting', seconds: Math.round(delayMs / 1000) }),
    });
  }

  function discardDraft() {
    if (!window.confirm(t('report.clearDraftConfirm'))) return;
    retry.current?.cancel();
    clearDraft();
    latest.current = { ...EMPTY_DRAFT, emergency: draft.emergency };
    setDraft(latest.current);
    setShots([]);
    setProblems([]);
    setShotProblems([]);
    setSend({ kind: 'idle' });
    setCleared(true);
  }

  if (created) return <ReportDone created={created} />;

  const busy = send.kind === 'sending' || send.kind === 'waiting';
  const fieldError = (field: DraftProblem['field']) => {
    const p = problemOf(field);
    return p ? problemText(p) : undefined;
  };

  return (
    <div className="help-page help-report">
      <h1>{t('report.title')}</h1>
      <p className="help-not-alone">{t('notYourFault')}</p>
      <p className="lead">{t('report.lead')}</p>

      {draft.emergency && (
        <section className="card card-urgent" aria-label={t('report.emergencyNote')}>
          <p className="help-emergency-calls-text">{t('report.emergencyNote')}</p>
          <HelpCalls compact />
        </section>
      )}

      {pendingFromBefore && send.kind === 'idle' && <p className="alert alert-info">{t('report.pendingFromBefore')}</p>}

      <form className="form help-report-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="help-fieldset">
          <legend>{t('report.who.legend')}</legend>
          <div className="help-radios">
            {REPORTERS.map((r) => (
              <label key={r} className="help-option">
                <input type="radio" name="reporter" value={r} checked={draft.reporter === r} onChange={() => update({ reporter: r })} />
                <span>{t(`report.who.${r}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <label htmlFor="report-age">{t('report.age.label')}</label>
        <select id="report-age" value={draft.ageBand} onChange={(e) => update({ ageBand: e.target.value as AgeBand | '' })}>
          <option value="">{t('report.age.none')}</option>
          {AGE_BANDS.map((b) => (
            <option key={b} value={b}>
              {t(`report.age.${b}`)}
            </option>
          ))}
        </select>

        <label htmlFor="report-province">{t('report.province.label')}</label>
        <select id="report-province" value={draft.provinceId} onChange={(e) => update({ provinceId: e.target.value })} aria-describedby="report-province-hint">
          <option value="">{t('report.province.none')}</option>
          {/* A draft's province stays selectable while the list loads. */}
          {!provinces && draft.provinceId && <option value={draft.provinceId}>{draft.provinceId}</option>}
          {provinces?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <p id="report-province-hint" className="hint">
          {provincesFailed ? t('report.province.failed') : !provinces ? t('report.province.loading') : ''}
        </p>

        <fieldset className="help-fieldset">
          <legend>{t('report.schemes.legend')}</legend>
          <div className="help-checks">
            {SCHEME_IDS.map((id) => (
              <label key={id} className="help-option">
                <input type="checkbox" checked={draft.schemes.includes(id)} onChange={(e) => update({ schemes: toggleScheme(draft.schemes, id, e.target.checked) })} />
                <span>{l(SCHEMES[id].name)}</span>
              </label>
            ))}
            <label className="help-option">
              <input
                type="checkbox"
                checked={draft.schemes.includes('unknown')}
                onChange={(e) => update({ schemes: toggleScheme(draft.schemes, 'unknown', e.target.checked) })}
              />
              <span>{t('report.schemes.unknown')}</span>
            </label>
          </div>
        </fieldset>

        <Field id={FIELD_IDS.narrative} label={t('report.narrative.label')} hint={t('report.narrative.hint')} error={fieldError('narrative')}>
          {(control) => <textarea {...control} rows={6} required value={draft.narrative} onChange={(e) => update({ narrative: e.target.value })} />}
        </Field>

        <Field id={FIELD_IDS.conversation} label={t('report.conversation.label')} hint={t('report.conversation.hint')} error={fieldError('conversation')}>
          {(control) => <textarea {...control} rows={5} value={draft.conversation} onChange={(e) => update({ conversation: e.target.value })} />}
        </Field>

        <DetectorSummary analysis={analysis} />

        <Field id={FIELD_IDS.links} label={t('report.links.label')} hint={t('report.links.hint')} error={fieldError('links')}>
          {(control) => <textarea {...control} rows={2} value={draft.links} onChange={(e) => update({ links: e.target.value })} />}
        </Field>

        <Field id={FIELD_IDS.phones} label={t('report.phones.label')} hint={t('report.phones.hint')} error={fieldError('phones')}>
          {(control) => <textarea {...control} rows={2} inputMode="tel" value={draft.phones} onChange={(e) => update({ phones: e.target.value })} />}
        </Field>

        <section className="help-intimate" aria-labelledby="report-intimate-title">
          <h2 id="report-intimate-title">{t('report.intimate.title')}</h2>
          <p>{t('report.intimate.text')}</p>
          <p>{t('report.intimate.help')}</p>
          <ImageFingerprints fingerprints={fingerprints} onChange={setFingerprints} />
        </section>

        <fieldset className="help-fieldset">
          <legend>{t('report.screenshots.legend')}</legend>
          <p id="report-shots-hint" className="hint">
            {t('report.screenshots.hint', { max: SCREENSHOT_LIMITS.count, mb: SCREENSHOT_LIMITS.bytes / 1024 / 1024 })} {t('report.screenshots.notInDraft')}
          </p>
          <label htmlFor="report-shots" className="button help-file-button">
            {t('report.screenshots.choose')}
          </label>
          <input
            id="report-shots"
            className="visually-hidden"
            type="file"
            accept="image/png,image/jpeg"
            multiple
            aria-describedby="report-shots-hint"
            onChange={pickScreenshots}
          />
          {shotProblems.length > 0 && (
            <ul className="field-error" role="alert">
              {shotProblems.map((p, i) => (
                <li key={i}>{shotProblemText(p)}</li>
              ))}
            </ul>
          )}
          {shots.length > 0 && (
            <ul className="help-shots">
              {shots.map((s) => (
                <li key={s.id}>
                  <span>
                    {s.name} ({Math.max(1, Math.round(s.size / 1024))} KB)
                  </span>
                  <button type="button" className="link-button" aria-label={t('report.screenshots.remove', { name: s.name })} onClick={() => setShots((x) => x.filter((y) => y.id !== s.id))}>
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>

        <fieldset className="help-fieldset">
          <legend>{t('report.contact.legend')}</legend>
          <label htmlFor="report-nickname">{t('report.contact.nickname')}</label>
          <input
            id="report-nickname"
            maxLength={60}
            autoComplete="off"
            value={draft.nickname}
            aria-describedby="report-nickname-hint"
            onChange={(e) => update({ nickname: e.target.value })}
          />
          <p id="report-nickname-hint" className="hint">
            {t('report.contact.nicknameHint')}
          </p>
          <label className="help-option">
            <input type="checkbox" checked={draft.wantsContact} onChange={(e) => update({ wantsContact: e.target.checked })} />
            <span>{t('report.contact.wants')}</span>
          </label>
          {draft.wantsContact ? (
            <>
              <label htmlFor="report-contact">{t('report.contact.value')}</label>
              <input id="report-contact" maxLength={200} autoComplete="off" value={draft.contact} onChange={(e) => update({ contact: e.target.value })} />
              <label className="help-option">
                <input
                  id="report-contact-consent"
                  type="checkbox"
                  checked={draft.contactConsent}
                  aria-invalid={problemOf('contact') ? true : undefined}
                  aria-describedby={problemOf('contact') ? 'report-contact-error' : undefined}
                  onChange={(e) => update({ contactConsent: e.target.checked })}
                />
                <span>{t('report.contact.consent')}</span>
              </label>
              {problemOf('contact') && (
                <p id="report-contact-error" className="field-error">
                  {t('report.contact.consentMissing')}
                </p>
              )}
            </>
          ) : (
            <p className="hint">{t('report.contact.noContact')}</p>
          )}
        </fieldset>

        <div aria-live="polite" className="help-send-status">
          {problems.length > 0 && <p className="alert alert-error">{t('report.checkErrors')}</p>}
          {send.kind === 'waiting' && (
            <div className="alert alert-warning">
              <p className="help-offline-title">{t('report.offline')}</p>
              <p>{t('report.offlineDetail', { seconds: send.seconds })}</p>
              <button type="button" className="link-button" onClick={() => retry.current?.retryNow()}>
                {t('report.retryNow')}
              </button>
            </div>
          )}
          {cleared && <p className="hint">{t('report.draftCleared')}</p>}
        </div>
        {send.kind === 'failed' && (
          <div className="alert alert-error" role="alert">
            <p tabIndex={-1} ref={summaryRef}>
              {t('report.failed', { message: send.message })}
            </p>
            {send.fields.length > 0 && (
              <ul>
                {send.fields.map((f, i) => (
                  <li key={i}>{f}</li>
                ))}
              </ul>
            )}
          </div>
        )}

        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('report.sending') : t('report.submit')}
        </button>
        <p className="hint">
          {t('report.draftSaved')} {t('report.draftShared')}{' '}
          <button type="button" className="link-button" onClick={discardDraft}>
            {t('report.clearDraft')}
          </button>
        </p>
      </form>
    </div>
  );
}
