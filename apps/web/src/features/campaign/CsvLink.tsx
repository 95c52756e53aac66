import { useTranslation } from 'react-i18next';

/** The campaign lists that `GET /api/campaign/exports/<list>.csv` downloads. */
export type CsvList = 'schools' | 'experts' | 'influencers' | 'posts';

/**
 * "Tải CSV" for one list. The link's name also says which list (for screen readers, where a
 * page has two), and a note says the file holds the whole list of the user's scope.
 */
export function CsvLink({ list, what }: { list: CsvList; what: string }) {
  const { t } = useTranslation('campaign');
  const hint = `csv-hint-${list}`;
  return (
    <p className="campaign-csv">
      <a className="button button-secondary" href={`/api/campaign/exports/${list}.csv`} download aria-describedby={hint}>
        {t('lists.csv')}
        <span className="visually-hidden"> {what}</span>
      </a>{' '}
      <span id={hint} className="campaign-hint">
        {t('lists.csvHint')}
      </span>
    </p>
  );
}
