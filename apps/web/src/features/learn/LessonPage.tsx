import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BAND_SLUGS } from './band-slugs.js';
import { findLesson, findQuiz, findScenario } from './catalog/learn-catalog.js';
import { LearnNotFound } from './LearnNotFound.js';
import { renderMarkdown } from './lesson/render-markdown.js';
import { itemKey } from './progress/learn-progress.js';
import { recordProgress, useProgress } from './progress/progress-store.js';
import { useProgressSync } from './progress/use-progress-sync.js';
import { useLocalized } from './use-localized.js';

/** `/hoc/bai/:id`: a lesson, links to practise it, and "mark as read". */
export function LessonPage() {
  const { t } = useTranslation('learn');
  const localized = useLocalized();
  const { id } = useParams();
  const lesson = findLesson(id);
  const progress = useProgress();
  useProgressSync();
  const readNote = useRef<HTMLParagraphElement>(null);
  const html = useMemo(() => (lesson ? renderMarkdown(lesson.body) : ''), [lesson]);

  if (!lesson) return <LearnNotFound />;
  const read = progress.some((item) => itemKey(item) === itemKey({ kind: 'lesson', id: lesson.id }));
  const scenarios = lesson.scenarios.map(findScenario).filter((s) => s !== undefined);
  const quizzes = lesson.quizzes.map(findQuiz).filter((q) => q !== undefined);
  const trackLink = `/hoc?cap=${BAND_SLUGS[lesson.band]}`;

  return (
    <div className="learn-page lesson-page">
      <p className="breadcrumb">
        <Link to={trackLink}>{t('home.track', { band: t(`bands.${lesson.band}`) })}</Link>
      </p>
      <h1>{localized(lesson.title)}</h1>
      <p className="muted">
        {t(`strands.${lesson.strand}`)} · {t('lesson.minutes', { count: lesson.minutes })}
      </p>
      <article className="lesson-body" lang="vi" dangerouslySetInnerHTML={{ __html: html }} />

      {(scenarios.length > 0 || quizzes.length > 0) && (
        <section className="card" aria-labelledby="lesson-related">
          <h2 id="lesson-related">{t('lesson.related')}</h2>
          <ul className="learn-list">
            {scenarios.map((s) => (
              <li key={s.id}>
                <span className="learn-kind">{t('kinds.scenario')}</span> <Link to={`/hoc/tinh-huong/${s.id}`}>{localized(s.title)}</Link>
              </li>
            ))}
            {quizzes.map((q) => (
              <li key={q.id}>
                <span className="learn-kind">{t('kinds.quiz')}</span> <Link to={`/hoc/cau-hoi/${q.id}`}>{localized(q.title)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {read ? (
        <p className="promise" tabIndex={-1} ref={readNote}>
          {t('lesson.read')}
        </p>
      ) : (
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            recordProgress({ kind: 'lesson', id: lesson.id });
            // The button gives way to the note: keep the keyboard focus there.
            setTimeout(() => readNote.current?.focus(), 0);
          }}
        >
          {t('lesson.markRead')}
        </button>
      )}
    </div>
  );
}
