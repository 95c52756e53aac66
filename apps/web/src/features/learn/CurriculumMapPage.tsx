import { BANDS, STRANDS } from '@kmm/content';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BAND_SLUGS } from './band-slugs.js';
import { CATALOG, cellContent } from './catalog/learn-catalog.js';
import { itemKey, passed, type ProgressKind } from './progress/learn-progress.js';
import { progressIndex, trackStatus } from './progress/track-status.js';
import { useProgress } from './progress/progress-store.js';
import { useProgressSync } from './progress/use-progress-sync.js';
import { useLocalized } from './use-localized.js';

const PATHS: Record<ProgressKind, string> = { lesson: '/hoc/bai/', scenario: '/hoc/tinh-huong/', quiz: '/hoc/cau-hoi/' };

/**
 * `/hoc/ban-do`: the curriculum as strands × age bands, in the spirit of UKCIS "Education for
 * a Connected World": what exists in each cell (linked) and what the learner has done.
 */
export function CurriculumMapPage() {
  const { t } = useTranslation('learn');
  const localized = useLocalized();
  const progress = useProgress();
  const index = progressIndex(progress);
  useProgressSync();

  const isDone = (kind: ProgressKind, id: string) => {
    const item = index.get(itemKey({ kind, id }));
    return kind === 'quiz' ? passed(item) : !!item;
  };

  return (
    <div className="learn-page curriculum-map">
      <p className="breadcrumb">
        <Link to="/hoc">{t('map.back')}</Link>
      </p>
      <h1>{t('map.title')}</h1>
      <p className="lead">{t('map.lead')}</p>
      <div className="table-scroll map-scroll" tabIndex={0} role="region" aria-labelledby="map-caption">
        <table className="map-table">
          <caption id="map-caption" className="visually-hidden">
            {t('map.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('map.strand')}</th>
              {BANDS.map((band) => {
                const status = trackStatus(CATALOG, band, progress);
                return (
                  <th scope="col" key={band}>
                    <Link to={`/hoc?cap=${BAND_SLUGS[band]}`}>{t(`bands.${band}`)}</Link>
                    <span className="map-band-ages">{t(`bandAges.${band}`)}</span>
                    {status.requiredCount > 0 && <span className="map-band-progress">{t('home.progress', { done: status.doneCount, total: status.requiredCount })}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {STRANDS.map((strand) => (
              <tr key={strand}>
                <th scope="row">{t(`strands.${strand}`)}</th>
                {BANDS.map((band) => {
                  const cell = cellContent(CATALOG, strand, band);
                  const items = [
                    ...cell.lessons.map((x) => ({ kind: 'lesson' as const, id: x.id, title: localized(x.title) })),
                    ...cell.scenarios.map((x) => ({ kind: 'scenario' as const, id: x.id, title: localized(x.title) })),
                    ...cell.quizzes.map((x) => ({ kind: 'quiz' as const, id: x.id, title: localized(x.title) })),
                  ];
                  return (
                    <td key={band} className={items.length === 0 ? 'map-cell-empty' : undefined}>
                      {items.length === 0 ? (
                        <span className="muted">{t('map.emptyCell')}</span>
                      ) : (
                        <ul className="map-items">
                          {items.map((item) => {
                            const done = isDone(item.kind, item.id);
                            return (
                              <li key={`${item.kind}:${item.id}`} className={done ? 'map-item-done' : undefined}>
                                <span className="learn-kind">{t(`kinds.${item.kind}`)}</span>{' '}
                                <Link to={`${PATHS[item.kind]}${item.id}`}>{item.title}</Link>
                                {done && (
                                  <span className="tick tick-done">
                                    {' '}
                                    <span aria-hidden="true">✓</span>
                                    <span className="visually-hidden">{t('home.done')}</span>
                                  </span>
                                )}
                              </li>
                            );
                          })}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
