import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatLine } from './transcript.js';

/**
 * One message: theirs on the left, the learner's on the right, narration centred. Screen
 * readers hear who speaks and when; `children` replaces the plain text (highlighted evidence).
 */
export function ChatBubble({ line, contact, flagged, children, note }: { line: ChatLine; contact: string; flagged?: boolean; children?: ReactNode; note?: ReactNode }) {
  const { t } = useTranslation('learn');
  const speaker = line.from === 'them' ? contact : line.from === 'me' ? t('chat.you') : t('chat.system');
  return (
    <li className={`bubble bubble-${line.from}${flagged ? ' bubble-flagged' : ''}`}>
      <span className="visually-hidden">{speaker}: </span>
      <span className="bubble-text">{children ?? line.text}</span>
      {line.from !== 'system' && (
        <time className="bubble-time">
          <span className="visually-hidden">{t('chat.sentAt', { time: line.time })}</span>
          <span aria-hidden="true">{line.time}</span>
        </time>
      )}
      {note}
    </li>
  );
}
