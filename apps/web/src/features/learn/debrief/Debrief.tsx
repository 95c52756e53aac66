import { analyze, SCHEMES, SIGNALS, type AdviceStep, type SchemeId, type SignalId } from '@kmm/detector';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChatBubble } from '../chat/ChatBubble.js';
import { detectorMessages, type Transcript } from '../chat/transcript.js';
import { useLocalized } from '../use-localized.js';
import { evidenceByLine } from './detector-evidence.js';
import { segmentText, type LabelledSpan } from './highlight-segments.js';

/** What the debrief shows besides the play-through itself. */
export interface DebriefProps {
  transcript: Transcript;
  contact: string;
  /** The scenario's schemes (taxonomy ids), most important first. */
  schemes: readonly string[];
  onPlayAgain: () => void;
  /** Where "back to the track" leads; hidden when absent. */
  backTo?: string;
}

/** Schemes where a child may be in danger right now: show the police number too. */
const POLICE_SCHEMES: ReadonlySet<string> = new Set(['online_kidnapping', 'authority_impersonation', 'grooming', 'sextortion', 'family_emergency', 'harmful_challenge', 'self_harm_risk']);

const isScheme = (id: string): id is SchemeId => Object.hasOwn(SCHEMES, id);
const isSignal = (id: string): id is SignalId => Object.hasOwn(SIGNALS, id);

function LineText({ text, spans, nameOf }: { text: string; spans: readonly LabelledSpan[]; nameOf: (id: string) => string }) {
  const { t } = useTranslation('learn');
  return (
    <>
      {segmentText(text, spans).map((segment) => {
        if (segment.labels.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const names = segment.labels.map(nameOf).join(', ');
        return (
          <span key={segment.start}>
            <mark className="learn-evidence" title={names}>
              {segment.text}
            </mark>
            <span className="visually-hidden"> ({t('debrief.detectorMark', { names })})</span>
          </span>
        );
      })}
    </>
  );
}

/**
 * After the ending: how it ended (never blaming), the named trick, the whole chat again with
 * the author's red flags and the detector's evidence highlighted, the author's lessons, and
 * what to do with the help lines to call.
 */
export function Debrief({ transcript, contact, schemes, onPlayAgain, backTo }: DebriefProps) {
  const { t } = useTranslation('learn');
  const localized = useLocalized();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const detector = useMemo(() => {
    const { messages, lineOf } = detectorMessages(transcript);
    if (messages.length === 0) return new Map<number, LabelledSpan[]>();
    try {
      return evidenceByLine(analyze({ messages }), lineOf);
    } catch {
      return new Map<number, LabelledSpan[]>();
    }
  }, [transcript]);

  const signalName = (id: string) => (isSignal(id) ? localized(SIGNALS[id].name) : id);
  const known = schemes.filter(isScheme);
  const primary = known[0];
  const advice: AdviceStep[] = primary ? SCHEMES[primary].childAdvice : [];
  const showPolice = known.some((id) => POLICE_SCHEMES.has(id)) || advice.some((step) => step.helpLine === '113');
  const flagsSeen = [...new Set(transcript.lines.flatMap((line) => line.flags))];
  const outcome = transcript.outcome;

  return (
    <section className={`debrief debrief-${outcome ?? 'neutral'}`} aria-labelledby="debrief-title">
      <h2 id="debrief-title" className="debrief-outcome" tabIndex={-1} ref={heading}>
        {outcome === 'safe' ? t('debrief.outcomeSafe') : outcome === 'unsafe' ? t('debrief.outcomeUnsafe') : t('debrief.outcomeNeutral')}
      </h2>
      {outcome === 'safe' && <p>{t('debrief.outcomeSafeText')}</p>}
      {outcome === 'unsafe' && <p className="promise">{t('debrief.outcomeUnsafeText')}</p>}

      {transcript.debrief.length > 0 && (
        <div className="debrief-notes">
          <h3>{t('debrief.authorNotes')}</h3>
          <ul lang="vi">
            {transcript.debrief.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}

      {known.length > 0 && (
        <div className="debrief-trick">
          <h3>{t('debrief.trick')}</h3>
          {known.map((id) => (
            <p key={id}>
              <strong className="debrief-trick-name">{localized(SCHEMES[id].name)}</strong> — {localized(SCHEMES[id].explanation)}
            </p>
          ))}
        </div>
      )}

      <div className="debrief-replay">
        <h3>{t('debrief.replay')}</h3>
        <p className="muted">{t('debrief.replayLead')}</p>
        <ol className="chat-log chat-log-replay" lang="vi">
          {transcript.lines.map((line, i) => {
            const spans = detector.get(i) ?? [];
            const flagged = line.flags.length > 0;
            return (
              <ChatBubble
                key={i}
                line={line}
                contact={contact}
                flagged={flagged}
                note={
                  flagged ? (
                    <span className="bubble-flags">
                      <span aria-hidden="true">⚑ </span>
                      {t('debrief.flagsOnLine', { names: line.flags.map(signalName).join(', ') })}
                    </span>
                  ) : undefined
                }
              >
                <LineText text={line.text} spans={spans} nameOf={signalName} />
              </ChatBubble>
            );
          })}
        </ol>
      </div>

      {flagsSeen.length > 0 && (
        <div className="debrief-signals">
          <h3>{t('debrief.signalsTitle')}</h3>
          <ul className="debrief-signal-list">
            {flagsSeen.map((id) => (
              <li key={id}>
                <strong>{signalName(id)}</strong>
                {isSignal(id) && <> — {localized(SIGNALS[id].explanation)}</>}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="debrief-help">
        <h3>{t('debrief.whatToDo')}</h3>
        {advice.length > 0 && (
          <ol className="debrief-advice">
            {advice.map((step) => (
              <li key={step.id}>
                {localized(step.text)}
                {step.helpLine && (
                  <>
                    {' '}
                    <a href={`tel:${step.helpLine}`}>{step.helpLine}</a>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
        <div className="call-buttons">
          <a className="button button-call" href="tel:111">
            {t('debrief.call111')}
          </a>
          {showPolice && (
            <a className="button button-call button-call-police" href="tel:113">
              {t('debrief.call113')}
            </a>
          )}
        </div>
        <p className="promise">{t('debrief.promise')}</p>
      </div>

      <div className="debrief-actions">
        <button type="button" className="button button-primary" onClick={onPlayAgain}>
          {t('debrief.playAgain')}
        </button>
        {backTo && (
          <Link className="button button-secondary" to={backTo}>
            {t('debrief.backToTrack')}
          </Link>
        )}
      </div>
    </section>
  );
}
