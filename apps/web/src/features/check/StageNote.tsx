import { GROOMING_STAGES, type GroomingStage } from '@kmm/detector';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** How far a grooming conversation has gone, on the path trust → secrecy → request → meeting. */
export function StageNote({ stage }: { stage: GroomingStage }) {
  const { t } = useTranslation('check');
  const titleId = useId();
  const reached = GROOMING_STAGES.indexOf(stage);
  return (
    <section className="check-result-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('result.stage', { stage: t(`stages.${stage}`) })}</h3>
      <p>{t('result.stageIntro')}</p>
      <ol className="check-stage-steps">
        {GROOMING_STAGES.map((step, index) => (
          <li
            key={step}
            className={index < reached ? 'check-stage-passed' : index === reached ? 'check-stage-current' : undefined}
            aria-current={index === reached ? 'step' : undefined}
          >
            {t(`stages.${step}`)}
          </li>
        ))}
      </ol>
    </section>
  );
}
