import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown for client routes that do not exist. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="narrow">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFoundText')}</p>
      <Link to="/">{t('errors.backHome')}</Link>
    </section>
  );
}
