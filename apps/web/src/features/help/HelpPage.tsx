import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { HelpCalls } from './HelpCalls.js';
import './help-locales.js';
import { PrivacyPromise } from './PrivacyPromise.js';
import { reportPath, SITUATION_SLUGS, triageStep, WHAT_CHOICES, type DangerAnswer, type ThreatAnswer, type TriageAnswers } from './triage.js';

const DANGER: readonly { value: DangerAnswer; key: string }[] = [
  { value: 'go_alone', key: 'goAlone' },
  { value: 'self_harm', key: 'selfHarm' },
  { value: 'no', key: 'no' },
];
const THREAT: readonly { value: ThreatAnswer; key: string }[] = [
  { value: 'images', key: 'images' },
  { value: 'harm', key: 'harm' },
  { value: 'no', key: 'no' },
];

/**
 * `/tro-giup` — "Tôi cần giúp đỡ": at most three questions. An answer meaning someone may
 * be in danger now opens the emergency screen at once; otherwise the last answer leads to
 * the report form with what happened already chosen.
 */
export function HelpPage() {
  const { t } = useTranslation('help');
  const navigate = useNavigate();
  const [answers, setAnswers] = useState<TriageAnswers>({});
  const questionRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = triageStep(answers);

  // After an answer, move focus to the next question so it is read out.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    questionRef.current?.focus();
  }, [answers]);

  function answer(next: TriageAnswers) {
    const nextStep = triageStep(next);
    // Someone may be in danger now: the emergency screen comes before anything else.
    if (nextStep.kind === 'emergency') {
      navigate(`/tro-giup/khan-cap/${SITUATION_SLUGS[nextStep.situation]}`);
      return;
    }
    moved.current = true;
    setAnswers(next);
  }

  function back() {
    moved.current = true;
    setAnswers((a) => (a.what !== undefined ? { danger: a.danger, threat: a.threat } : a.threat !== undefined ? { danger: a.danger } : {}));
  }

  return (
    <div className="help-page">
      <h1>{t('triage.title')}</h1>
      <p className="help-not-alone">{t('notYourFault')}</p>
      <p className="lead">{t('triage.lead')}</p>

      <section className="card card-urgent help-danger-now" aria-label={t('triage.dangerNow')}>
        <p className="help-danger-now-text">{t('triage.dangerNow')}</p>
        <HelpCalls compact />
      </section>

      {step.kind === 'ask' && (
        <section className="card help-triage" aria-labelledby="help-question">
          <p className="help-step">{t('triage.step', { n: step.question })}</p>
          <h2 id="help-question" tabIndex={-1} ref={questionRef}>
            {t(`triage.q${step.question}.question`)}
          </h2>
          <p className="hint">{t(`triage.q${step.question}.hint`)}</p>
          <div className="help-choices" role="group" aria-labelledby="help-question">
            {step.question === 1 &&
              DANGER.map((c) => (
                <button key={c.value} type="button" className="help-choice" onClick={() => answer({ danger: c.value })}>
                  {t(`triage.q1.${c.key}`)}
                </button>
              ))}
            {step.question === 2 &&
              THREAT.map((c) => (
                <button key={c.value} type="button" className="help-choice" onClick={() => answer({ ...answers, threat: c.value })}>
                  {t(`triage.q2.${c.key}`)}
                </button>
              ))}
            {step.question === 3 &&
              WHAT_CHOICES.map((c) => (
                <button key={c} type="button" className="help-choice" onClick={() => answer({ ...answers, what: c })}>
                  {t(`triage.q3.choices.${c}`)}
                </button>
              ))}
          </div>
          {step.question > 1 && (
            <button type="button" className="link-button" onClick={back}>
              {t('triage.back')}
            </button>
          )}
        </section>
      )}

      {step.kind === 'report' && (
        <section className="card help-next" aria-labelledby="help-question">
          <h2 id="help-question" tabIndex={-1} ref={questionRef}>
            {t('triage.next.title')}
          </h2>
          <p>{t('triage.next.text')}</p>
          <Link className="button button-primary help-report-link" to={reportPath({ scheme: step.scheme })}>
            {t('triage.next.report')}
          </Link>
          <p>{t('triage.next.call111')}</p>
          <p>
            {t('triage.next.check')} <Link to="/kiem-tra">{t('triage.next.checkLink')}</Link>
          </p>
          <button type="button" className="link-button" onClick={() => answer({})}>
            {t('triage.restart')}
          </button>
        </section>
      )}

      <PrivacyPromise />

      <ul className="help-more">
        <li>
          {t('triage.reportDirect')} <Link to="/bao-cao">{t('triage.next.report')}</Link>
        </li>
        <li>
          <Link to="/theo-doi">{t('triage.followUp')}</Link>
        </li>
      </ul>
    </div>
  );
}
