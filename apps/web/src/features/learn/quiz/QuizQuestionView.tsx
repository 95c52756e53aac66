import type { QuizQuestion } from '@kmm/content';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../use-localized.js';
import { isCorrect } from './quiz-scoring.js';

interface QuizQuestionViewProps {
  question: QuizQuestion;
  number: number;
  total: number;
  /** The answers given, once checked. */
  answered: string[] | undefined;
  onAnswer: (chosen: string[]) => void;
  onNext: () => void;
  last: boolean;
}

/**
 * One question: radio buttons (one answer) or checkboxes (several), a "Kiểm tra" button,
 * then feedback with the explanation of every choice.
 */
export function QuizQuestionView({ question, number, total, answered, onAnswer, onNext, last }: QuizQuestionViewProps) {
  const { t } = useTranslation('learn');
  const localized = useLocalized();
  const [chosen, setChosen] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const feedback = useRef<HTMLHeadingElement>(null);
  const legend = useRef<HTMLHeadingElement>(null);
  const multiple = question.kind === 'multiple';
  const checked = answered !== undefined;
  const correct = checked && isCorrect(question, answered);

  useEffect(() => {
    if (checked) feedback.current?.focus();
  }, [checked]);

  useEffect(() => {
    if (number > 1) legend.current?.focus();
  }, [number]);

  function toggle(id: string, on: boolean) {
    setMissing(false);
    setChosen((c) => (multiple ? (on ? [...c, id] : c.filter((x) => x !== id)) : [id]));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (checked) return;
    if (chosen.length === 0) {
      setMissing(true);
      return;
    }
    onAnswer(chosen);
  }

  const name = `quiz-${question.id}`;
  return (
    <form className="quiz-question" onSubmit={submit} noValidate>
      <p className="quiz-count">{t('quiz.questionOf', { n: number, total })}</p>
      <fieldset>
        <legend>
          <h2 className="quiz-prompt" tabIndex={-1} ref={legend}>
            {localized(question.prompt)}
          </h2>
          <span className="quiz-kind">{multiple ? t('quiz.multiple') : t('quiz.single')}</span>
        </legend>
        {question.message && (
          <div className="quiz-message">
            <p className="visually-hidden">{t('quiz.messageLabel')}</p>
            <p className={`bubble bubble-${question.message.from}`} lang="vi">
              {question.message.text}
            </p>
          </div>
        )}
        <ul className="quiz-choices">
          {question.choices.map((choice) => {
            const inputId = `${name}-${choice.id}`;
            const picked = (answered ?? chosen).includes(choice.id);
            const state = checked ? (choice.correct ? 'right' : picked ? 'wrong' : 'other') : 'open';
            return (
              <li key={choice.id} className={`quiz-choice quiz-choice-${state}`}>
                <div className="quiz-choice-row">
                  <input
                    id={inputId}
                    type={multiple ? 'checkbox' : 'radio'}
                    name={name}
                    value={choice.id}
                    checked={picked}
                    disabled={checked}
                    onChange={(e) => toggle(choice.id, e.target.checked)}
                    aria-describedby={checked ? `${inputId}-why` : undefined}
                  />
                  <label htmlFor={inputId}>{localized(choice.text)}</label>
                </div>
                {checked && (
                  <p id={`${inputId}-why`} className="quiz-explanation">
                    <strong>
                      {choice.correct ? t('quiz.right') : t('quiz.wrong')}
                      {picked ? ` ${t('quiz.yourChoice')}` : ''}:
                    </strong>{' '}
                    {localized(choice.explanation)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {missing && (
        <p role="alert" className="alert alert-error">
          {t('quiz.pickOne')}
        </p>
      )}
      {!checked && (
        <button type="submit" className="button button-primary">
          {t('quiz.check')}
        </button>
      )}
      {checked && (
        <div className={`quiz-feedback ${correct ? 'quiz-feedback-right' : 'quiz-feedback-wrong'}`}>
          <h3 tabIndex={-1} ref={feedback}>
            {correct ? t('quiz.correct') : t('quiz.incorrect')}
          </h3>
          <button type="button" className="button button-primary" onClick={onNext}>
            {last ? t('quiz.finish') : t('quiz.next')}
          </button>
        </div>
      )}
    </form>
  );
}
