import { useTranslation } from 'react-i18next';
import { formatNumber } from './campaign-format.js';
import { pagePosition } from './list-paging.js';

/**
 * Under a campaign list: which rows are shown of how many (announced politely as it changes),
 * and buttons to the previous and next pages.
 */
export function ListPager({ label, offset, limit, total, noun, onPage }: { label: string; offset: number; limit: number; total: number; noun: string; onPage(offset: number): void }) {
  const { t } = useTranslation('campaign');
  const at = pagePosition(offset, limit, total);
  return (
    <nav className="campaign-pager" aria-label={label}>
      <p role="status" className="campaign-pager-count">
        {t('lists.showing', { from: formatNumber(at.from), to: formatNumber(at.to), total: formatNumber(total), noun })}
      </p>
      {at.pages > 1 && (
        <div className="campaign-pager-buttons">
          <button type="button" className="button button-secondary" disabled={at.previous === null} onClick={() => at.previous !== null && onPage(at.previous)}>
            {t('lists.previous')}
          </button>
          <span>{t('lists.page', { page: formatNumber(at.page), pages: formatNumber(at.pages) })}</span>
          <button type="button" className="button button-secondary" disabled={at.next === null} onClick={() => at.next !== null && onPage(at.next)}>
            {t('lists.next')}
          </button>
        </div>
      )}
    </nav>
  );
}
