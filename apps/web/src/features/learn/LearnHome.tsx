import { BANDS } from '@kmm/content';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../auth/index.js';
import { BAND_SLUGS, bandOfSlug, rememberBand, rememberedBand } from './band-slugs.js';
import { useProgress } from './progress/progress-store.js';
import { useProgressSync } from './progress/use-progress-sync.js';
import { TrackView } from './track/TrackView.js';

/** `/hoc`: choose an age band, then follow its track. `?cap=<band>` names the band. */
export function LearnHome() {
  const { t } = useTranslation('learn');
  const { user } = useSession();
  const [params] = useSearchParams();
  const progress = useProgress();
  useProgressSync();
  const band = bandOfSlug(params.get('cap')) ?? rememberedBand();

  useEffect(() => {
    if (band) rememberBand(band);
  }, [band]);

  return (
    <div className="learn-page learn-home">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>

      <nav aria-labelledby="band-choice-title" className="band-choice">
        <h2 id="band-choice-title">{t('home.chooseBand')}</h2>
        <ul>
          {BANDS.map((b) => (
            <li key={b}>
              <Link to={`/hoc?cap=${BAND_SLUGS[b]}`} className="band-link" aria-current={b === band ? 'true' : undefined} replace>
                <span className="band-name">{t(`bands.${b}`)}</span>
                <span className="band-ages">{t(`bandAges.${b}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {band && <TrackView band={band} progress={progress} />}

      <p className="muted learn-sync-note">
        {user ? t('home.syncSignedIn') : t('home.syncAnonymous')} {t('home.offline')}
      </p>
      <ul className="learn-links">
        <li>
          <Link to="/hoc/ban-do">{t('home.map')}</Link>
        </li>
        <li>
          <Link to="/hoc/xem-truoc">{t('home.preview')}</Link>
        </li>
      </ul>
    </div>
  );
}
