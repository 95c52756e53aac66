import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, helpApi } from '../../api/api-client.js';
import type { ReportThread } from '../../api/api-types.js';
import { HelpCalls } from './HelpCalls.js';
import './help-locales.js';
import { Field } from '../../ui/Field.js';
import { FormSubmit } from '../../ui/FormSubmit.js';

const STATUSES = ['new', 'triaged', 'in_progress', 'referred', 'closed'];

/**
 * `/theo-doi` — the reporter comes back with the case code and PIN: the status, the
 * counsellor's replies, and a box to write more. The PIN stays in this page's memory only.
 */
export function FollowUpPage() {
  const { t, i18n } = useTranslation('help');
  const [code, setCode] = useState('');
  const [pin, setPin] = useState('');
  const [opened, setOpened] = useState<{ code: string; pin: string; thread: ReportThread } | null>(null);
  const [invalid, setInvalid] = useState<{ code?: boolean; pin?: boolean }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [messageError, setMessageError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const threadTitle = useRef<HTMLHeadingElement>(null);
  const when = (at: string) => new Date(at).toLocaleString(i18n.language?.startsWith('en') ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short' });

  async function open(event: FormEvent) {
    event.preventDefault();
    const bad = { code: code.trim() === '', pin: !/^\d{6}$/.test(pin.trim()) };
    setInvalid(bad);
    if (bad.code || bad.pin) {
      document.getElementById(bad.code ? 'follow-code' : 'follow-pin')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const thread = await helpApi.reportThread(code.trim().toUpperCase(), pin.trim());
      setOpened({ code: code.trim().toUpperCase(), pin: pin.trim(), thread });
      setPin('');
      requestAnimationFrame(() => threadTitle.current?.focus());
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  async function reload() {
    if (!opened) return;
    setBusy(true);
    try {
      const thread = await helpApi.reportThread(opened.code, opened.pin);
      setOpened({ ...opened, thread });
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  async function write(event: FormEvent) {
    event.preventDefault();
    if (!opened) return;
    setSent(false);
    if (message.trim() === '') {
      setMessageError(t('followUp.empty'));
      document.getElementById('follow-message')?.focus();
      return;
    }
    setBusy(true);
    setMessageError(null);
    try {
      const thread = await helpApi.addReportMessage(opened.code, opened.pin, message.trim());
      setOpened({ ...opened, thread });
      setMessage('');
      setSent(true);
    } catch (e) {
      // The typed message stays in the box.
      setMessageError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="help-page help-follow">
      <h1>{t('followUp.title')}</h1>
      {!opened ? (
        <>
          <p className="lead">{t('followUp.lead')}</p>
          <form className="form card" onSubmit={(e) => void open(e)} noValidate>
            <Field id="follow-code" label={t('followUp.code')} hint={t('followUp.codeHint')} error={invalid.code && t('followUp.codeMissing')}>
              {(control) => <input {...control} autoComplete="off" autoCapitalize="characters" spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} />}
            </Field>
            <Field id="follow-pin" label={t('followUp.pin')} error={invalid.pin && t('followUp.pinInvalid')}>
              {(control) => (
                <input
                  {...control}
                  type="password"
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={6}
                  value={pin}
                  onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
                />
              )}
            </Field>
            <FormSubmit error={error} busy={busy} label={t('followUp.open')} busyLabel={t('followUp.opening')} />
          </form>
        </>
      ) : (
        <>
          <section className="card" aria-labelledby="follow-thread-title">
            <h2 id="follow-thread-title" tabIndex={-1} ref={threadTitle}>
              {opened.code}
            </h2>
            <p className="help-status">
              {t('followUp.status', { status: STATUSES.includes(opened.thread.status) ? t(`followUp.statuses.${opened.thread.status}`) : opened.thread.status })}
            </p>
            <h3>{t('followUp.messagesTitle')}</h3>
            {opened.thread.messages.length === 0 ? (
              <p>{t('followUp.noMessages')}</p>
            ) : (
              <ol className="help-thread">
                {opened.thread.messages.map((m, i) => (
                  <li key={i} className={m.from === 'counsellor' ? 'help-msg help-msg-counsellor' : 'help-msg help-msg-me'}>
                    <p className="help-msg-meta">
                      <strong>{m.from === 'counsellor' ? t('followUp.fromCounsellor') : t('followUp.fromMe')}</strong> · <time dateTime={m.at}>{when(m.at)}</time>
                    </p>
                    <p className="help-msg-text">{m.text}</p>
                  </li>
                ))}
              </ol>
            )}
            {error && (
              <p role="alert" className="alert alert-error">
                {error}
              </p>
            )}
            <button type="button" className="link-button" onClick={() => void reload()} disabled={busy}>
              {t('followUp.refresh')}
            </button>
          </section>
          <form className="form card" onSubmit={(e) => void write(e)} noValidate>
            <Field id="follow-message" label={t('followUp.add')} error={messageError} alert>
              {(control) => <textarea {...control} rows={4} maxLength={5000} value={message} onChange={(e) => setMessage(e.target.value)} />}
            </Field>
            <p role="status" className="hint">
              {sent ? t('followUp.sent') : ''}
            </p>
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('followUp.sending') : t('followUp.send')}
            </button>
          </form>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setOpened(null);
              setMessage('');
              setCode('');
            }}
          >
            {t('followUp.close')}
          </button>
        </>
      )}
      <HelpCalls compact />
    </div>
  );
}
