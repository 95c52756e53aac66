import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown when a scenario, quiz or lesson id is not in the catalog. */
export function LearnNotFound() {
  const { t } = useTranslation('learn');
  return (
    <section aria-labelledby="learn-missing-title">
      <h1 id="learn-missing-title">{t('notFound')}</h1>
      <p>
        <Link to="/hoc">{t('backHome')}</Link>
      </p>
    </section>
  );
}
