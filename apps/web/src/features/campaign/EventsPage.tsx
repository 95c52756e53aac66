import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, campaignApi } from '../../api/api-client.js';
import type { CampaignEvent, EventKind, EventStats, Province } from '../../api/api-types.js';
import { Field } from '../../ui/Field.js';
import { errorMessage, serverFieldErrors, type FieldMessages } from '../../ui/form-errors.js';
import { FormSubmit } from '../../ui/FormSubmit.js';
import { useSession } from '../auth/index.js';
import { CampaignFrame, STAFF } from './CampaignFrame.js';
import { formatNumber } from './campaign-format.js';
import { formatDay } from './campaign-format.js';
import './events.css';

const KINDS: readonly EventKind[] = ['ngay_hoi', 'minishow', 'gala', 'other'];

/** `/chien-dich/su-kien`: organisers create events, share the registration page, record figures, open check-in. */
export function EventsPage() {
  return (
    <CampaignFrame roles={STAFF} titleId="events-title">
      <Events />
    </CampaignFrame>
  );
}

function Events() {
  const { t } = useTranslation('campaign');
  const [events, setEvents] = useState<CampaignEvent[] | null>(null);
  const [provinces, setProvinces] = useState<Province[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    campaignApi.events().then(
      (page) => setEvents(page.items),
      (e: unknown) => setError(errorMessage(e, t('common.failed'))),
    );
  }, [t]);
  useEffect(load, [load]);
  useEffect(() => {
    // Names only: without them the list shows no province, and the form offers the national scope.
    api.provinces().then((r) => setProvinces(r.provinces), () => setProvinces([]));
  }, []);

  const replace = (updated: CampaignEvent) => setEvents((list) => list?.map((e) => (e.id === updated.id ? updated : e)) ?? null);

  return (
    <>
      <h1 id="events-title">{t('events.title')}</h1>
      <p className="campaign-lead">{t('events.lead')}</p>
      <CreateEventForm provinces={provinces} onCreated={load} />
      <h2>{t('events.listTitle')}</h2>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {!events && !error && <p role="status">{t('common.loading')}</p>}
      {events?.length === 0 && <p>{t('events.none')}</p>}
      {events && events.length > 0 && (
        <ul className="campaign-events">
          {events.map((event) => (
            <EventItem key={event.id} event={event} province={provinces.find((p) => p.id === event.provinceId)?.name ?? null} onSaved={replace} />
          ))}
        </ul>
      )}
    </>
  );
}

function CreateEventForm({ provinces, onCreated }: { provinces: Province[]; onCreated: () => void }) {
  const { t } = useTranslation('campaign');
  const { user } = useSession();
  const ownProvince = user?.provinceId ?? null;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<EventKind>('ngay_hoi');
  const [date, setDate] = useState('');
  const [venue, setVenue] = useState('');
  const [online, setOnline] = useState(false);
  const [provinceId, setProvinceId] = useState(ownProvince ?? '');
  const [fields, setFields] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    setError(null);
    const missing: FieldMessages = {};
    if (!name.trim()) missing.name = t('events.nameRequired');
    if (!date) missing.date = t('events.dateRequired');
    setFields(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      const created = await campaignApi.createEvent({ name: name.trim(), kind, date, venue: venue.trim() || null, provinceId: provinceId || null, online });
      setDone(t('events.created', { name: created.name }));
      setName('');
      setVenue('');
      onCreated();
    } catch (err) {
      setFields(serverFieldErrors(err));
      setError(errorMessage(err, t('common.failed')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="event-create-title">
      <h2 id="event-create-title">{t('events.createTitle')}</h2>
      <Field id="event-name" label={t('events.name')} error={fields.name}>
        {(control) => <input {...control} value={name} maxLength={200} required onChange={(e) => setName(e.target.value)} />}
      </Field>
      <div className="grid-2">
        <div className="form">
          <Field id="event-kind" label={t('events.kind')} error={fields.kind}>
            {(control) => (
              <select {...control} value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`events.kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form">
          <Field id="event-date" label={t('events.date')} error={fields.date}>
            {(control) => <input {...control} type="date" value={date} required onChange={(e) => setDate(e.target.value)} />}
          </Field>
        </div>
      </div>
      <Field id="event-venue" label={t('events.venue')} error={fields.venue}>
        {(control) => <input {...control} value={venue} maxLength={300} onChange={(e) => setVenue(e.target.value)} />}
      </Field>
      <label className="campaign-radio">
        <input type="checkbox" checked={online} onChange={(e) => setOnline(e.target.checked)} />
        {t('events.online')}
      </label>
      {ownProvince === null ? (
        <Field id="event-province" label={t('events.province')} error={fields.provinceId}>
          {(control) => (
            <select {...control} value={provinceId} onChange={(e) => setProvinceId(e.target.value)}>
              <option value="">{t('events.national')}</option>
              {provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <p>{t('events.provinceFixed', { name: provinces.find((p) => p.id === ownProvince)?.name ?? ownProvince })}</p>
      )}
      <FormSubmit error={error} busy={busy} label={t('events.create')} busyLabel={t('events.creating')} />
      {done && (
        <p role="status" className="alert alert-info">
          {done}
        </p>
      )}
    </form>
  );
}

function EventItem({ event, province, onSaved }: { event: CampaignEvent; province: string | null; onSaved: (event: CampaignEvent) => void }) {
  const { t } = useTranslation('campaign');
  const place = [event.venue, event.online ? t('events.onlineShort') : null].filter(Boolean).join(' · ') || t('events.noVenue');
  const registerPath = `/su-kien/${encodeURIComponent(event.id)}`;
  const figures: [string, number][] = [
    [t('events.registrations'), event.registrations],
    [t('events.checkIns'), event.checkIns],
    [t('events.contestants'), event.contestants],
    [t('events.onlineViews'), event.onlineViews],
  ];
  return (
    <li className="card campaign-event" aria-labelledby={`event-${event.id}-name`}>
      <h3 id={`event-${event.id}-name`}>{event.name}</h3>
      <p>
        {t(`events.kinds.${event.kind}`)} · {formatDay(event.date)} · {place}
        {province && ` · ${province}`}
      </p>
      <dl className="campaign-event-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      <div className="campaign-actions">
        <Link className="button button-secondary" to={registerPath} aria-label={t('events.registerLinkOf', { name: event.name })}>
          {t('events.registerLink')}
        </Link>
        <Link
          className="button button-primary"
          to={`/chien-dich/su-kien/${encodeURIComponent(event.id)}/check-in`}
          aria-label={t('events.checkInOf', { name: event.name })}
        >
          {t('events.checkIn')}
        </Link>
      </div>
      <label className="campaign-event-share" htmlFor={`event-${event.id}-share`}>
        {t('events.share')}
      </label>
      <input id={`event-${event.id}-share`} className="campaign-event-share" readOnly value={`${window.location.origin}${registerPath}`} onFocus={(e) => e.target.select()} />
      <details className="campaign-event-stats">
        <summary>{t('events.statsTitle')}</summary>
        <StatsForm event={event} onSaved={onSaved} />
      </details>
    </li>
  );
}

function StatsForm({ event, onSaved }: { event: CampaignEvent; onSaved: (event: CampaignEvent) => void }) {
  const { t } = useTranslation('campaign');
  const [contestants, setContestants] = useState(String(event.contestants));
  const [onlineViews, setOnlineViews] = useState(String(event.onlineViews));
  const [walkIns, setWalkIns] = useState('');
  const [fields, setFields] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    setError(null);
    // Empty boxes change nothing; anything else goes to the server, whose messages say what is wrong.
    const number = (text: string) => (text.trim() === '' ? undefined : Number(text));
    const body: EventStats = {};
    const values = { contestants: number(contestants), onlineViews: number(onlineViews), walkIns: number(walkIns) };
    for (const [key, value] of Object.entries(values)) if (value !== undefined) body[key as keyof EventStats] = value;
    setBusy(true);
    try {
      const saved = await campaignApi.updateEventStats(event.id, body);
      setFields({});
      setWalkIns('');
      setDone(true);
      onSaved(saved);
    } catch (err) {
      setFields(serverFieldErrors(err));
      setError(errorMessage(err, t('common.failed')));
    } finally {
      setBusy(false);
    }
  }

  const box = (field: keyof EventStats, label: string, value: string, set: (v: string) => void, min: number) => (
    <div className="form">
      <Field id={`event-${event.id}-${field}`} label={label} error={fields[field]}>
        {(control) => <input {...control} type="number" inputMode="numeric" min={min} step={1} value={value} onChange={(e) => set(e.target.value)} />}
      </Field>
    </div>
  );

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="grid-2">
        {box('contestants', t('events.contestants'), contestants, setContestants, 0)}
        {box('onlineViews', t('events.onlineViews'), onlineViews, setOnlineViews, 0)}
      </div>
      {box('walkIns', t('events.walkIns'), walkIns, setWalkIns, 1)}
      <FormSubmit error={error} busy={busy} label={t('events.save')} busyLabel={t('events.saving')} />
      {done && (
        <p role="status" className="alert alert-info">
          {t('events.saved')}
        </p>
      )}
    </form>
  );
}
