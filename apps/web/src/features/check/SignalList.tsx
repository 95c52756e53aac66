import { SIGNALS, type SignalHit } from '@kmm/detector';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from './use-localized.js';

/**
 * Each red flag found: its name, what it means, a question to ask oneself and, for a message
 * or a chat (`quote`), the words it was seen in.
 */
export function SignalList({ signals, quote }: { signals: readonly SignalHit[]; quote: boolean }) {
  const { t } = useTranslation('check');
  const titleId = useId();
  const l = useLocalized();
  return (
    <section className="check-result-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('result.signalsTitle')}</h3>
      <ul className="check-signal-list">
        {signals.map((signal) => {
          const info = SIGNALS[signal.id];
          const quotes = quote ? [...new Set(signal.evidence.map((span) => span.text.trim()))].slice(0, 3) : [];
          return (
            <li key={signal.id} className="check-signal">
              <p className="check-signal-name">{l(info.name)}</p>
              <p>{l(info.explanation)}</p>
              {quotes.length > 0 && (
                <p className="check-signal-quotes">
                  {t('result.foundIn')}{' '}
                  {quotes.map((quote, i) => (
                    <span key={quote}>
                      {i > 0 && ', '}
                      <q>{quote}</q>
                    </span>
                  ))}
                </p>
              )}
              <p className="check-signal-question">
                <strong>{t('result.askYourself')}</strong> {l(info.question)}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
