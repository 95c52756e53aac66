import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, campaignApi } from '../../api/api-client.js';
import type { EventCounter } from '../../api/api-types.js';
import { CampaignFrame, STAFF } from './CampaignFrame.js';
import { formatNumber } from './campaign-format.js';

/** `/chien-dich/su-kien/:id/check-in`: type a ticket code; the counter refreshes every few seconds. */
export function CheckInPage() {
  return (
    <CampaignFrame roles={STAFF} titleId="checkin-title">
      <CheckIn />
    </CampaignFrame>
  );
}

function CheckIn() {
  const { t } = useTranslation('campaign');
  const { id = '' } = useParams();
  const [code, setCode] = useState('');
  const [counter, setCounter] = useState<EventCounter | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => {
    campaignApi.eventCounter(id).then(setCounter, (e: unknown) => setResult({ ok: false, text: e instanceof ApiError ? e.message : t('common.failed') }));
  }, [id, t]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, 5000);
    return () => clearInterval(timer);
  }, [refresh]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const value = code.trim();
    if (!value) return;
    try {
      setCounter(await campaignApi.checkIn(id, value));
      setResult({ ok: true, text: t('checkIn.ok') });
    } catch (err) {
      // A second use answers 409 "Vé đã được sử dụng."
      setResult({ ok: false, text: err instanceof ApiError ? err.message : t('common.failed') });
    }
    setCode('');
    input.current?.focus();
  }

  return (
    <>
      <h1 id="checkin-title">{t('checkIn.title')}</h1>
      <p className="campaign-counter" aria-live="polite">
        {counter && t('checkIn.counter', { checkIns: formatNumber(counter.checkIns), registrations: formatNumber(counter.registrations) })}
      </p>
      <form className="form campaign-checkin" onSubmit={(e) => void submit(e)}>
        <label htmlFor="ticket-code">{t('checkIn.code')}</label>
        <input
          id="ticket-code"
          ref={input}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          minLength={4}
          maxLength={40}
          required
        />
        <button type="submit" className="button button-primary">
          {t('checkIn.submit')}
        </button>
      </form>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'alert alert-info campaign-checkin-ok' : 'alert alert-error'}>
          {result.text}
        </p>
      )}
    </>
  );
}
