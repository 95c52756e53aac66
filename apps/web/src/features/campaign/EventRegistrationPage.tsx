import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, campaignApi } from '../../api/api-client.js';
import type { EventTicket, PublicEvent } from '../../api/api-types.js';
import { FormSubmit } from '../../ui/FormSubmit.js';
import './campaign-locales.js';
import { todayInVietnam } from './campaign-format.js';
import { formatEventDay } from './event-format.js';
import './events.css';

const storageKey = (eventId: string) => `kmm.eventTicket.${eventId}`;

/** The ticket this device already holds for the event, if any (storage may be off or hold junk). */
function storedTicket(eventId: string): EventTicket | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey(eventId)) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { code, qr } = value as Record<string, unknown>;
    return typeof code === 'string' && typeof qr === 'string' && qr.startsWith('data:image/svg+xml;') ? { code, qr, eventId } : null;
  } catch {
    return null;
  }
}

function keepTicket(ticket: EventTicket): void {
  try {
    localStorage.setItem(storageKey(ticket.eventId), JSON.stringify({ code: ticket.code, qr: ticket.qr }));
  } catch {
    // Private browsing may refuse storage: the ticket is still on screen, with a download link.
  }
}

/**
 * `/su-kien/:id`, public: anyone takes a free ticket (a random code and its QR), nothing
 * personal asked. The ticket stays on this device, so coming back shows it instead of a new one.
 */
export function EventRegistrationPage() {
  const { id = '' } = useParams();
  // Keyed, so another event's link starts from that event's own stored ticket.
  return <Registration key={id} id={id} />;
}

function Registration({ id }: { id: string }) {
  const { t, i18n } = useTranslation('campaign');
  const [event, setEvent] = useState<PublicEvent | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [ticket, setTicket] = useState<EventTicket | null>(() => storedTicket(id));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    campaignApi.publicEvent(id).then(setEvent, (e: unknown) => setLoadError(e instanceof ApiError ? e.message : t('common.failed')));
  }, [id, t]);

  async function register(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const issued = await campaignApi.issueTicket(id);
      keepTicket(issued);
      setTicket(issued);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('common.failed'));
    } finally {
      setBusy(false);
    }
  }

  if (loadError)
    return (
      <p role="alert" className="alert alert-error">
        {loadError}
      </p>
    );
  if (!event) return <p role="status">{t('common.loading')}</p>;
  const online = event.online ? t('events.onlineShort') : null;
  // A venue typed as "Trực tuyến" for an online event is said once.
  const place = [event.venue?.trim().toLocaleLowerCase() === online?.toLocaleLowerCase() ? null : event.venue, online].filter(Boolean).join(' · ');
  const ended = event.date < todayInVietnam();

  return (
    <section className="narrow event-register" aria-labelledby="event-register-title">
      <p className="event-register-kind">{t(`events.kinds.${event.kind}`)}</p>
      <h1 id="event-register-title">{event.name}</h1>
      <p className="event-register-when">
        {formatEventDay(event.date, i18n.language)}
        {place && (
          <>
            <br />
            {place}
          </>
        )}
      </p>
      {ticket ? (
        <div className="card event-ticket" aria-labelledby="event-ticket-title">
          <h2 id="event-ticket-title">{t('registration.ticketTitle')}</h2>
          <img className="event-ticket-qr" src={ticket.qr} alt={t('registration.qrAlt', { code: ticket.code })} width={240} height={240} />
          <p className="event-ticket-code-label">{t('registration.codeLabel')}</p>
          <p className="event-ticket-code">{ticket.code}</p>
          <a className="button button-primary" href={ticket.qr} download={`ve-${ticket.code}.svg`}>
            {t('registration.download')}
          </a>
          <ul className="event-ticket-guide">
            <li>{t('registration.keep')}</li>
            <li>{t('registration.atTheDoor')}</li>
            <li>{t('registration.once')}</li>
          </ul>
        </div>
      ) : ended ? (
        <p role="status" className="alert alert-info">
          {t('registration.ended')}
        </p>
      ) : (
        <form className="form card" onSubmit={(e) => void register(e)}>
          <p>{t('registration.lead')}</p>
          <FormSubmit error={error} busy={busy} label={t('registration.register')} busyLabel={t('registration.registering')} />
        </form>
      )}
    </section>
  );
}
