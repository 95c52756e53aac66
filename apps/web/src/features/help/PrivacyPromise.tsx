import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './help-locales.js';

/** The confidentiality promise in plain words: what stays private, and the one case it would be broken. */
export function PrivacyPromise() {
  const { t } = useTranslation('help');
  const titleId = useId();
  return (
    <section className="card help-privacy" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('privacy.title')}</h2>
      <p>{t('privacy.kept')}</p>
      <p>{t('privacy.broken')}</p>
    </section>
  );
}
