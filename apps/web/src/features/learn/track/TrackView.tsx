import type { Band } from '@kmm/content';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CATALOG } from '../catalog/learn-catalog.js';
import { CertificateForm } from '../certificate/CertificateForm.js';
import type { ProgressItem } from '../progress/learn-progress.js';
import { trackStatus, type TrackItemStatus } from '../progress/track-status.js';
import { useLocalized } from '../use-localized.js';

function Tick({ status, kind }: { status: TrackItemStatus; kind: 'lesson' | 'scenario' | 'quiz' }) {
  const { t } = useTranslation('learn');
  if (kind === 'quiz' && status.done && !status.passed) {
    return (
      <span className="tick tick-partial">
        <span aria-hidden="true">◐ </span>
        {t('home.tried')}
      </span>
    );
  }
  return status.passed ? (
    <span className="tick tick-done">
      <span aria-hidden="true">✓ </span>
      {t('home.done')}
    </span>
  ) : (
    <span className="tick tick-todo">{t('home.notDone')}</span>
  );
}

/** A band's track: progress, badge and certificate, then its lessons, scenarios and quizzes. */
export function TrackView({ band, progress }: { band: Band; progress: readonly ProgressItem[] }) {
  const { t } = useTranslation('learn');
  const localized = useLocalized();
  const status = trackStatus(CATALOG, band, progress);
  const bandName = t(`bands.${band}`);
  const lessons = CATALOG.lessons.filter((l) => l.band === band);
  const scenarios = CATALOG.scenarios.filter((s) => s.band === band);
  const quizzes = CATALOG.quizzes.filter((q) => q.band === band);
  const empty = lessons.length + scenarios.length + quizzes.length === 0;

  return (
    <section className="track" aria-labelledby="track-title">
      <h2 id="track-title">{t('home.track', { band: bandName })}</h2>
      {empty ? (
        <p>{t('home.empty')}</p>
      ) : (
        <>
          <p>{t('home.trackLead')}</p>
          <div className="track-progress">
            <progress id="track-progress" max={Math.max(1, status.requiredCount)} value={status.doneCount} aria-label={t('home.progressLabel')} />
            <span>{t('home.progress', { done: status.doneCount, total: status.requiredCount })}</span>
          </div>

          <div className={`card badge-card${status.complete ? ' badge-earned' : ''}`}>
            <span className="badge-medal" aria-hidden="true">
              {status.complete ? '🏅' : '🔒'}
            </span>
            <div>
              <h3>{t('badge.title', { band: bandName })}</h3>
              <p>{status.complete ? t('badge.earned') : t('badge.locked')}</p>
            </div>
          </div>
          {status.complete && (
            <div className="card">
              <CertificateForm band={band} completed={status.completedIds} />
            </div>
          )}

          {lessons.length > 0 && (
            <div className="track-section">
              <h3>{t('home.lessons')}</h3>
              <ul className="learn-cards">
                {lessons.map((lesson, i) => (
                  <li key={lesson.id} className="learn-card">
                    <Link to={`/hoc/bai/${lesson.id}`}>{localized(lesson.title)}</Link>
                    <span className="learn-meta">{t('home.minutes', { count: lesson.minutes })}</span>
                    <Tick status={status.lessons[i]!} kind="lesson" />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {scenarios.length > 0 && (
            <div className="track-section">
              <h3>{t('home.scenarios')}</h3>
              <ul className="learn-cards">
                {scenarios.map((scenario, i) => (
                  <li key={scenario.id} className="learn-card">
                    <Link to={`/hoc/tinh-huong/${scenario.id}`}>{localized(scenario.title)}</Link>
                    <span className="learn-meta">
                      {t(`strands.${scenario.strand}`)} · {t('home.minutes', { count: scenario.minutes })}
                    </span>
                    <Tick status={status.scenarios[i]!} kind="scenario" />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {quizzes.length > 0 && (
            <div className="track-section">
              <h3>{t('home.quizzes')}</h3>
              <ul className="learn-cards">
                {quizzes.map((quiz, i) => {
                  const item = status.quizzes[i]!;
                  return (
                    <li key={quiz.id} className="learn-card">
                      <Link to={`/hoc/cau-hoi/${quiz.id}`}>{localized(quiz.title)}</Link>
                      <span className="learn-meta">
                        {t('home.questions', { count: quiz.questions.length })}
                        {item.item?.total ? ` · ${t('home.best', { score: item.item.score ?? 0, total: item.item.total })}` : ''}
                      </span>
                      <Tick status={item} kind="quiz" />
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
