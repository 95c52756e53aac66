import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, campaignApi } from '../../api/api-client.js';
import type { EventCounter } from '../../api/api-types.js';
import { CameraScanner } from './CameraScanner.js';
import { CampaignFrame, STAFF } from './CampaignFrame.js';
import { formatNumber } from './campaign-format.js';
import './events.css';

/** `/chien-dich/su-kien/:id/check-in`: scan tickets with the camera or type the code; the counter refreshes every few seconds. */
export function CheckInPage() {
  return (
    <CampaignFrame roles={STAFF} titleId="checkin-title">
      <CheckIn />
    </CampaignFrame>
  );
}

/** What the door sees after a ticket: admitted, already used, or refused (unknown code, not a ticket, no network). */
type Outcome = { kind: 'ok' | 'used' | 'refused'; text: string; code: string; seq: number };

// A ticket code as printed (VE-7KQ2-M9XD), in any case, with or without the prefix and dashes.
const TICKET_CODE = /^(VE[- ]?)?[0-9A-Z]{4}[- ]?[0-9A-Z]{4}$/i;

function CheckIn() {
  const { t } = useTranslation('campaign');
  const { id = '' } = useParams();
  const [code, setCode] = useState('');
  const [counter, setCounter] = useState<EventCounter | null>(null);
  const [counterError, setCounterError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => {
    campaignApi.eventCounter(id).then(
      (value) => (setCounter(value), setCounterError(null)),
      (e: unknown) => setCounterError(e instanceof ApiError ? e.message : t('common.failed')),
    );
  }, [id, t]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, 5000);
    return () => clearInterval(timer);
  }, [refresh]);

  const show = useCallback(
    (kind: Outcome['kind'], text: string, value: string) => setOutcome((prev) => ({ kind, text, code: value, seq: (prev?.seq ?? 0) + 1 })),
    [],
  );

  const checkIn = useCallback(
    async (value: string) => {
      try {
        setCounter(await campaignApi.checkIn(id, value));
        show('ok', t('checkIn.ok'), value);
      } catch (err) {
        // A second use answers 409 "Vé đã được sử dụng."; an unknown code 404.
        show(err instanceof ApiError && err.status === 409 ? 'used' : 'refused', err instanceof ApiError ? err.message : t('common.failed'), value);
      }
    },
    [id, show, t],
  );

  const onScan = useCallback(
    async (text: string) => {
      const value = text.trim();
      // Any QR code may pass in front of the camera; only ticket codes go to the server.
      if (!TICKET_CODE.test(value)) return show('refused', t('scanner.notTicket'), value.slice(0, 60));
      await checkIn(value);
    },
    [checkIn, show, t],
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const value = code.trim();
    if (!value) return;
    await checkIn(value);
    setCode('');
    input.current?.focus();
  }

  return (
    <>
      <h1 id="checkin-title">{t('checkIn.title')}</h1>
      <p className="campaign-counter" aria-live="polite">
        {counter && t('checkIn.counter', { checkIns: formatNumber(counter.checkIns), registrations: formatNumber(counter.registrations) })}
      </p>
      {counterError && <p className="field-error">{counterError}</p>}
      <CameraScanner onCode={onScan} />
      {/* Always present, so each new outcome is announced the moment it replaces the last. */}
      <div role="alert" aria-atomic="true" className="checkin-result-slot">
        {outcome && (
          <p key={outcome.seq} className={`checkin-result checkin-result-${outcome.kind}`}>
            <OutcomeIcon kind={outcome.kind} />
            <span>{outcome.text}</span>
          </p>
        )}
      </div>
      {outcome && <p className="checkin-result-code">{outcome.code}</p>}
      <form className="form campaign-checkin" onSubmit={(e) => void submit(e)}>
        <h2>{t('scanner.byHand')}</h2>
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
    </>
  );
}

/** A tick, an exclamation mark or a cross: the outcome without relying on colour. */
function OutcomeIcon({ kind }: { kind: Outcome['kind'] }) {
  const path = {
    ok: 'M5 12.5l4.5 4.5L19 7.5',
    used: 'M12 6v8M12 17.5v.5',
    refused: 'M7 7l10 10M17 7L7 17',
  }[kind];
  return (
    <svg className="checkin-result-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="11" />
      <path d={path} />
    </svg>
  );
}
