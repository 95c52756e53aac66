import type { ParsedMessage, SignalHit } from '@kmm/detector';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceSpans } from './evidence.js';
import { HighlightedText } from './HighlightedText.js';

/** The pasted chat as turns (who said what), with the red flags highlighted in each turn. */
export function ConversationView({
  turns,
  signals,
  nameOf,
}: {
  turns: readonly ParsedMessage[];
  signals: readonly SignalHit[];
  nameOf: (label: string) => string;
}) {
  const { t } = useTranslation('check');
  const titleId = useId();
  return (
    <section className="check-result-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('result.chatTitle')}</h3>
      {signals.length > 0 && <p className="muted">{t('result.chatNote')}</p>}
      <ol className="check-chat">
        {turns.map((turn, index) => (
          <li key={turn.start} className={turn.from === 'me' ? 'check-chat-turn check-chat-me' : 'check-chat-turn check-chat-them'}>
            <p className="check-chat-speaker">
              {turn.speaker ?? (turn.from === 'me' ? t('result.me') : t('result.them'))}
              {turn.from === 'me' && turn.speaker !== undefined && ` ${t('result.meSuffix')}`}
            </p>
            <HighlightedText text={turn.text} spans={evidenceSpans(signals, index)} nameOf={nameOf} />
          </li>
        ))}
      </ol>
    </section>
  );
}
