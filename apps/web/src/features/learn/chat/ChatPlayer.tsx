import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChatBubble } from './ChatBubble.js';
import { ChatHeader } from './ChatHeader.js';
import { clearPlay, loadPlay, savePlay, type SavedPlay } from './play-save.js';
import { choose, resumePlay, startPlay, type Play } from './story-runner.js';
import type { Transcript } from './transcript.js';
import { useReducedMotion } from './use-reduced-motion.js';

/** What the player needs to know about the story it runs. */
export interface ChatPlayerProps {
  /** Compiled inkjs story JSON. */
  storyJson: string;
  contact: string;
  platform: string;
  /** When set, the play-through is saved on the device under this key and can be resumed. */
  saveKey?: string;
  /** Called once when an ending has been shown. */
  onEnded?: (transcript: Transcript) => void;
  /** What to show under the chat after the ending (the debrief). */
  renderEnding?: (transcript: Transcript, restart: () => void) => ReactNode;
}

/** Narration appears after this pause (ms) unless the person asked for less motion. */
const SYSTEM_PAUSE = 500;
/** With reduced motion, the other person "types" for at most this long (ms), without animation. */
const REDUCED_TYPING = 250;
/** Their line appears after this pause when the author set no delay. */
const DEFAULT_TYPING = 600;

/**
 * A chat simulation that looks like a messaging app: the other person's lines arrive after a
 * typing indicator, the learner answers with real buttons, new messages are announced through
 * a log region, and every step is saved so the learner can come back to it.
 */
export function ChatPlayer({ storyJson, contact, platform, saveKey, onEnded, renderEnding }: ChatPlayerProps) {
  const { t } = useTranslation('learn');
  const reduced = useReducedMotion();
  const [saved, setSaved] = useState<SavedPlay | null>(() => (saveKey ? loadPlay(saveKey) : null));
  const [error, setError] = useState(false);
  // Without a saved play-through, start straight away.
  // `restarted`: the learner asked to start over, so focus follows to the first choices.
  const [play, setPlay] = useState<(Play & { restarted?: boolean }) | null>(() => {
    if (saved) return null;
    try {
      return startPlay(storyJson);
    } catch {
      return null;
    }
  });
  const [shown, setShown] = useState(0);
  const section = useRef<HTMLElement>(null);
  const choicesHeading = useRef<HTMLHeadingElement>(null);
  const reported = useRef<Transcript | null>(null);

  const persist = (next: Play) => {
    if (saveKey) savePlay(saveKey, { storyState: next.story.state.toJson(), transcript: next.transcript, ended: next.ended });
  };

  function begin(restarted = false) {
    try {
      const next = startPlay(storyJson);
      setSaved(null);
      setError(false);
      setShown(0);
      setPlay({ ...next, restarted });
    } catch {
      setError(true);
    }
  }

  function resume() {
    if (!saved) return;
    const restored = resumePlay(storyJson, saved.storyState, saved.transcript);
    if (!restored) {
      if (saveKey) clearPlay(saveKey);
      begin();
      return;
    }
    setSaved(null);
    setShown(restored.transcript.lines.length);
    setPlay(restored);
  }

  function restart() {
    if (saveKey) clearPlay(saveKey);
    begin(true);
  }

  function pick(index: number) {
    if (!play) return;
    const next = choose(play, index);
    setPlay(next);
    persist(next);
  }

  const lines = play?.transcript.lines ?? [];
  const pending = lines[shown];
  const allShown = play !== null && shown >= lines.length;

  // Reveal the story's lines one at a time: their lines after a typing indicator.
  useEffect(() => {
    if (!pending) return;
    let wait = 0;
    if (pending.from === 'them') wait = reduced ? Math.min(pending.delay || DEFAULT_TYPING, REDUCED_TYPING) : pending.delay || DEFAULT_TYPING;
    else if (pending.from === 'system') wait = reduced ? 0 : SYSTEM_PAUSE;
    const timer = setTimeout(() => setShown((n) => n + 1), wait);
    return () => clearTimeout(timer);
  }, [pending, reduced]);

  // The button the learner pressed is gone: bring focus to the new choices, not the page top.
  useEffect(() => {
    if (!allShown || !play || play.ended || (play.steps === 0 && !play.restarted)) return;
    const active = document.activeElement;
    if (active === document.body || active === null || section.current?.contains(active)) choicesHeading.current?.focus();
  }, [allShown, play]);

  useEffect(() => {
    if (!allShown || !play?.ended || reported.current === play.transcript) return;
    reported.current = play.transcript;
    onEnded?.(play.transcript);
  }, [allShown, play, onEnded]);

  const typing = pending?.from === 'them';

  return (
    <section className="chat-sim" ref={section} aria-label={t('chat.regionLabel', { name: contact })}>
      <ChatHeader contact={contact} platform={platform} />
      <p className="chat-sim-note">{t('chat.simulation')}</p>

      {saved && (
        <div className="chat-resume" role="group" aria-labelledby="chat-resume-title">
          <p id="chat-resume-title" className="chat-resume-title">
            {saved.ended ? t('chat.resumeEndedTitle') : t('chat.resumeTitle')}
          </p>
          <div className="chat-resume-buttons">
            <button type="button" className="button button-primary" onClick={resume}>
              {saved.ended ? t('chat.review') : t('chat.resume')}
            </button>
            <button type="button" className="button button-secondary" onClick={restart}>
              {t('chat.playAgain')}
            </button>
          </div>
        </div>
      )}

      {(error || (!saved && !play)) && (
        <p role="alert" className="alert alert-error">
          {t('chat.error')}
        </p>
      )}

      {play && (
        <>
          <div role="log" aria-live="polite" aria-label={t('chat.logLabel')}>
            <ol className="chat-log" lang="vi">
              {lines.slice(0, shown).map((line, i) => (
                <ChatBubble key={i} line={line} contact={contact} />
              ))}
            </ol>
          </div>
          {typing && (
            <p className={`typing${reduced ? ' typing-static' : ''}`} aria-hidden="true">
              <span className="typing-dots">
                <span />
                <span />
                <span />
              </span>
              {t('chat.typing', { name: contact })}
            </p>
          )}
          {allShown && !play.ended && (
            <div className="chat-choices" role="group" aria-labelledby="chat-choices-title">
              <h2 id="chat-choices-title" className="chat-choices-title" tabIndex={-1} ref={choicesHeading}>
                {t('chat.choicesLabel')}
              </h2>
              {play.choices.map((choice) => (
                <button key={choice.index} type="button" className="choice-button" lang="vi" onClick={() => pick(choice.index)}>
                  {choice.text}
                </button>
              ))}
            </div>
          )}
          {!play.ended && (
            <div className="chat-toolbar">
              <button type="button" className="button button-secondary" onClick={restart}>
                {t('chat.restart')}
              </button>
            </div>
          )}
          {allShown && play.ended && renderEnding?.(play.transcript, restart)}
        </>
      )}
    </section>
  );
}
