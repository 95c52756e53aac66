import { useTranslation } from 'react-i18next';
import type { PledgeCounts } from '../../api/api-types.js';
import { sortedCounts } from './pledge-counts.js';

/** The public counter: the national total and a table of provinces, most pledges first. */
export function PledgeCounter({ counts, names, failed }: { counts: PledgeCounts | null; names: ReadonlyMap<string, string>; failed: boolean }) {
  const { t, i18n } = useTranslation('pledge');
  const format = (n: number) => n.toLocaleString(i18n.language?.startsWith('en') ? 'en-GB' : 'vi-VN');
  const rows = counts ? sortedCounts(counts.byProvince, names) : [];
  return (
    <section className="card pledge-counter" aria-labelledby="pledge-counter-title">
      <h2 id="pledge-counter-title">{t('counter.title')}</h2>
      {failed && !counts && <p className="muted">{t('counter.failed')}</p>}
      {counts && (
        <>
          <p className="pledge-total" aria-live="polite">
            <strong className="pledge-total-number" data-testid="pledge-total">
              {format(counts.total)}
            </strong>{' '}
            <span>{t('counter.total')}</span>
          </p>
          {rows.length === 0 ? (
            <p>{t('counter.none')}</p>
          ) : (
            <div className="table-scroll" tabIndex={0}>
              <table className="pledge-table">
                <thead>
                  <tr>
                    <th scope="col">{t('counter.province')}</th>
                    <th scope="col" className="num">
                      {t('counter.count')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.provinceId}>
                      <th scope="row">{row.name}</th>
                      <td className="num">{format(row.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
