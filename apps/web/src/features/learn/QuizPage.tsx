import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BAND_SLUGS } from './band-slugs.js';
import { findQuiz } from './catalog/learn-catalog.js';
import { LearnNotFound } from './LearnNotFound.js';
import { PASS_RATIO } from './progress/learn-progress.js';
import { recordProgress } from './progress/progress-store.js';
import { useProgressSync } from './progress/use-progress-sync.js';
import { QuizQuestionView } from './quiz/QuizQuestionView.js';
import { isCorrect, percent } from './quiz/quiz-scoring.js';
import { useLocalized } from './use-localized.js';

/** `/hoc/cau-hoi/:id`: one question at a time, feedback after each, a score at the end. */
export function QuizPage() {
  const { t } = useTranslation('learn');
  const localized = useLocalized();
  const { id } = useParams();
  const quiz = findQuiz(id);
  const [current, setCurrent] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [finished, setFinished] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useProgressSync();

  useEffect(() => {
    if (finished) resultHeading.current?.focus();
  }, [finished]);

  if (!quiz) return <LearnNotFound />;
  const total = quiz.questions.length;
  const score = quiz.questions.filter((q) => answers[q.id] && isCorrect(q, answers[q.id]!)).length;
  const question = quiz.questions[current];
  const trackLink = `/hoc?cap=${BAND_SLUGS[quiz.band]}`;

  function next() {
    if (current + 1 < total) {
      setCurrent(current + 1);
      return;
    }
    setFinished(true);
    recordProgress({ kind: 'quiz', id: quiz!.id, score, total });
  }

  function retry() {
    setAnswers({});
    setCurrent(0);
    setFinished(false);
    setAttempt((a) => a + 1);
  }

  return (
    <div className="learn-page quiz-page">
      <p className="breadcrumb">
        <Link to={trackLink}>{t('home.track', { band: t(`bands.${quiz.band}`) })}</Link>
      </p>
      <h1>{localized(quiz.title)}</h1>
      {!finished && question && (
        <QuizQuestionView
          key={`${attempt}-${question.id}`}
          question={question}
          number={current + 1}
          total={total}
          answered={answers[question.id]}
          onAnswer={(chosen) => setAnswers((a) => ({ ...a, [question.id]: chosen }))}
          onNext={next}
          last={current + 1 === total}
        />
      )}
      {finished && (
        <section className="card quiz-result" aria-labelledby="quiz-result-title">
          <h2 id="quiz-result-title" tabIndex={-1} ref={resultHeading}>
            {t('quiz.resultTitle')}
          </h2>
          <p className="quiz-score">{t('quiz.score', { score, total, percent: percent(score, total) })}</p>
          <progress max={total} value={score} aria-label={t('quiz.resultTitle')} />
          <p className={score / total >= PASS_RATIO ? 'promise' : ''}>{score / total >= PASS_RATIO ? t('quiz.passed') : t('quiz.notPassed')}</p>
          <div className="debrief-actions">
            <button type="button" className="button button-primary" onClick={retry}>
              {t('quiz.retry')}
            </button>
            <Link className="button button-secondary" to={trackLink}>
              {t('debrief.backToTrack')}
            </Link>
          </div>
        </section>
      )}
    </div>
  );
}
