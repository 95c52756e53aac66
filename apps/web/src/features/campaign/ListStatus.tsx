import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';

/**
 * What a campaign list says instead of (or above) its rows: loading on the first load, the
 * error with a retry, or that nothing matches.
 */
export function ListStatus({ loading, error, empty, emptyText, onRetry }: { loading: boolean; error: unknown; empty: boolean; emptyText: string; onRetry(): void }) {
  const { t } = useTranslation('campaign');
  if (error)
    return (
      <div className="campaign-list-error">
        <p role="alert" className="alert alert-error">
          {error instanceof ApiError ? error.message : t('common.failed')}
        </p>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (empty) return <p className="campaign-list-empty">{emptyText}</p>;
  return null;
}
