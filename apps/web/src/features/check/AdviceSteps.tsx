import { HELP_LINES, type Advice } from '@kmm/detector';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from './use-localized.js';

/**
 * What to do now, as numbered steps: the child's version by default, the parent/teacher
 * version behind a toggle. A step with a help line gets a call (or, for 5656, text) link.
 */
export function AdviceSteps({ advice }: { advice: readonly Advice[] }) {
  const { t } = useTranslation('check');
  const l = useLocalized();
  const [forParent, setForParent] = useState(false);
  const titleId = useId();
  const steps = advice.filter((step) => step.audience === (forParent ? 'parent' : 'child'));
  if (advice.length === 0) return null;

  return (
    <section className="check-result-section check-advice" aria-labelledby={titleId}>
      <div className="check-advice-head">
        <h3 id={titleId}>{forParent ? t('advice.titleParent') : t('advice.titleChild')}</h3>
        <button type="button" className="check-toggle-button" aria-pressed={forParent} onClick={() => setForParent((v) => !v)}>
          {t('advice.toggle')}
        </button>
      </div>
      <ol className="check-advice-steps">
        {steps.map((step) => {
          const line = step.helpLine === undefined ? undefined : HELP_LINES[step.helpLine];
          return (
            <li key={step.id}>
              <p>{l(step.text)}</p>
              {line !== undefined && (
                <a className="button check-button-step-call" href={line.number === '5656' ? `sms:${line.number}` : `tel:${line.number}`}>
                  {t(line.number === '5656' ? 'advice.text' : 'advice.call', { number: line.number, name: l(line.name) })}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
