import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fingerprintImage, MIN_FINGERPRINT_QUALITY, type ImageFingerprint } from './image-fingerprint.js';

/** The server takes at most this many fingerprints per report. */
const MAX_FINGERPRINTS = 5;

/**
 * Lets a child turn private images into PDQ fingerprints on the device, so platforms can
 * block them; the images are read here and never stored or sent.
 */
export function ImageFingerprints({ fingerprints, onChange }: { fingerprints: ImageFingerprint[]; onChange: (f: ImageFingerprint[]) => void }) {
  const { t } = useTranslation('help');
  const [note, setNote] = useState<string | null>(null);

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    // Forget the chosen files at once: only the fingerprints are kept.
    event.target.value = '';
    const made: ImageFingerprint[] = [];
    let skipped = 0;
    for (const file of files) {
      try {
        const f = await fingerprintImage(file);
        if (f.quality >= MIN_FINGERPRINT_QUALITY) made.push(f);
        else skipped += 1;
      } catch {
        skipped += 1;
      }
    }
    const next = [...fingerprints, ...made.filter((m) => !fingerprints.some((f) => f.hash === m.hash))].slice(0, MAX_FINGERPRINTS);
    onChange(next);
    setNote(skipped ? t('report.intimate.fingerprintSkipped', { count: skipped }) : null);
  }

  return (
    <div className="help-fingerprints">
      <p className="hint">{t('report.intimate.fingerprintHint')}</p>
      <label htmlFor="report-fingerprint" className="button">
        {t('report.intimate.fingerprintChoose')}
      </label>
      <input id="report-fingerprint" className="visually-hidden" type="file" accept="image/*" multiple onChange={(e) => void onFiles(e)} />
      {note && (
        <p role="status" className="hint">
          {note}
        </p>
      )}
      {fingerprints.length > 0 && (
        <ul aria-label={t('report.intimate.fingerprintList')}>
          {fingerprints.map((f) => (
            <li key={f.hash}>
              <code>{f.hash.slice(0, 16)}…</code>{' '}
              <button type="button" className="link-button" onClick={() => onChange(fingerprints.filter((x) => x.hash !== f.hash))}>
                {t('report.intimate.fingerprintRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
