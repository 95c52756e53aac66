import { BANDS, type Band } from '@kmm/content';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/api-client.js';
import type { PledgeCounts, Province } from '../../api/api-types.js';
import { deviceId, hasPledged, rememberPledged } from './pledge-device.js';
import './pledge-locales.js';
import { PledgeCounter } from './PledgeCounter.js';
import { useSchoolSuggestions } from './use-school-suggestions.js';
import { FormSubmit } from '../../ui/FormSubmit.js';

const POINTS = ['secret', 'pause', 'meet', 'friends', 'notAlone'] as const;

/**
 * Who is pledging (the Learn age bands). Listed here rather than imported from @kmm/content,
 * whose main entry would pull its content compiler into this page's chunk.
 */

type Done = { kind: 'thanks'; total: number; province: string; count: number } | { kind: 'already' };

/**
 * `/cam-ket`: the pledge "Không một mình – Cùng nhau an toàn trực tuyến", a short form (first
 * name and school optional; province and age band required), once per device, and the
 * public counter by province.
 */
export function PledgePage() {
  const { t } = useTranslation('pledge');
  const [provinces, setProvinces] = useState<Province[] | null>(null);
  const [counts, setCounts] = useState<PledgeCounts | null>(null);
  const [countsFailed, setCountsFailed] = useState(false);
  const [firstName, setFirstName] = useState('');
  const [school, setSchool] = useState('');
  const [provinceId, setProvinceId] = useState('');
  const [band, setBand] = useState<Band | ''>('');
  const [invalid, setInvalid] = useState<{ province?: boolean; band?: boolean }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(() => (hasPledged() ? { kind: 'already' } : null));
  const doneNote = useRef<HTMLParagraphElement>(null);
  const schoolSuggestions = useSchoolSuggestions(school, provinceId);

  const loadCounts = useCallback((fresh = false) => {
    api.pledgeCounts(fresh).then(
      (c) => {
        setCounts(c);
        setCountsFailed(false);
      },
      () => setCountsFailed(true),
    );
  }, []);

  useEffect(() => {
    api.provinces().then(
      (p) => setProvinces(p.provinces),
      (e: unknown) => setError(e instanceof ApiError ? e.message : t('counter.failed')),
    );
    // Fresh numbers when this device pledged before: its own pledge should show.
    loadCounts(hasPledged());
  }, [loadCounts, t]);

  useEffect(() => {
    if (done) doneNote.current?.focus();
  }, [done]);

  const names = new Map((provinces ?? []).map((p) => [p.id, p.name]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = { province: !provinceId, band: !band };
    setInvalid(missing);
    if (missing.province || missing.band) {
      document.getElementById(missing.province ? 'pledge-province' : 'pledge-band')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await api.pledge({
        ...(firstName.trim() && { firstName: firstName.trim() }),
        ...(school.trim() && { school: school.trim() }),
        provinceId,
        band: band as Band,
        deviceId: deviceId(),
      });
      rememberPledged();
      setDone({ kind: 'thanks', total: answer.total, province: names.get(answer.province.id) ?? answer.province.id, count: answer.province.count });
      // The answer carries the new numbers (the counts endpoint may be cached for a while).
      setCounts((c) => ({
        total: answer.total,
        byProvince: [...(c?.byProvince ?? []).filter((p) => p.provinceId !== answer.province.id), { provinceId: answer.province.id, count: answer.province.count }],
      }));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        rememberPledged();
        setDone({ kind: 'already' });
        loadCounts(true);
      } else {
        setError(e instanceof ApiError ? e.message : String(e));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="pledge-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>

      <section className="card pledge-text" aria-labelledby="pledge-text-title">
        <h2 id="pledge-text-title">{t('pledgeTitle')}</h2>
        <ol className="pledge-points">
          {POINTS.map((point) => (
            <li key={point}>{t(`points.${point}`)}</li>
          ))}
        </ol>
      </section>

      {done ? (
        <div className="card pledge-done">
          <p className="pledge-done-text" tabIndex={-1} ref={doneNote} role="status">
            {done.kind === 'thanks' ? t('thanks', { total: done.total }) : t('already')}
          </p>
          {done.kind === 'thanks' && <p>{t('thanksProvince', { province: done.province, count: done.count })}</p>}
        </div>
      ) : (
        <section className="card" aria-labelledby="pledge-form-title">
          <h2 id="pledge-form-title">{t('form.title')}</h2>
          <p className="muted">{t('form.privacy')}</p>
          <form className="form pledge-form" onSubmit={submit} noValidate>
            <label htmlFor="pledge-first-name">{t('form.firstName')}</label>
            <input
              id="pledge-first-name"
              autoComplete="given-name"
              maxLength={40}
              value={firstName}
              aria-describedby="pledge-first-name-hint"
              onChange={(e) => setFirstName(e.target.value)}
            />
            <p id="pledge-first-name-hint" className="hint">
              {t('form.firstNameHint')}
            </p>

            <label htmlFor="pledge-school">{t('form.school')}</label>
            <input
              id="pledge-school"
              list="pledge-school-suggestions"
              autoComplete="organization"
              maxLength={120}
              value={school}
              onChange={(e) => setSchool(e.target.value)}
            />
            <datalist id="pledge-school-suggestions">
              {schoolSuggestions.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>

            <label htmlFor="pledge-province">{t('form.province')}</label>
            <select
              id="pledge-province"
              required
              value={provinceId}
              aria-invalid={invalid.province || undefined}
              aria-describedby={invalid.province ? 'pledge-province-error' : undefined}
              onChange={(e) => {
                setProvinceId(e.target.value);
                setInvalid((v) => ({ ...v, province: false }));
              }}
            >
              <option value="">{provinces ? t('form.provincePlaceholder') : t('form.loadingProvinces')}</option>
              {(provinces ?? [])
                .slice()
                .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
            {invalid.province && (
              <p id="pledge-province-error" className="field-error">
                {t('form.provinceRequired')}
              </p>
            )}

            <label htmlFor="pledge-band">{t('form.band')}</label>
            <select
              id="pledge-band"
              required
              value={band}
              aria-invalid={invalid.band || undefined}
              aria-describedby={invalid.band ? 'pledge-band-error' : undefined}
              onChange={(e) => {
                setBand(e.target.value as Band | '');
                setInvalid((v) => ({ ...v, band: false }));
              }}
            >
              <option value="">{t('form.bandPlaceholder')}</option>
              {BANDS.map((b) => (
                <option key={b} value={b}>
                  {t(`bands.${b}`)}
                </option>
              ))}
            </select>
            {invalid.band && (
              <p id="pledge-band-error" className="field-error">
                {t('form.bandRequired')}
              </p>
            )}

            <FormSubmit error={error} busy={busy} label={t('form.submit')} busyLabel={t('form.submitting')} />
          </form>
        </section>
      )}

      <PledgeCounter counts={counts} names={names} failed={countsFailed} />
    </div>
  );
}
