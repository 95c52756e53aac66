import { useTranslation } from 'react-i18next';
import './help-locales.js';

type Line = '113' | '111' | '115';

/** Big call buttons, each with one line on when to use it. 113 and 111 always; 115 when asked. */
export function HelpCalls({ lines = ['113', '111'], compact = false }: { lines?: readonly Line[]; compact?: boolean }) {
  const { t } = useTranslation('help');
  return (
    <ul className={compact ? 'help-calls help-calls-compact' : 'help-calls'}>
      {lines.map((line) => (
        <li key={line}>
          <a className={`button help-call help-call-${line}`} href={`tel:${line}`}>
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M6.6 10.8a15.2 15.2 0 006.6 6.6l2.2-2.2a1 1 0 011-.25 11.4 11.4 0 003.6.57 1 1 0 011 1V20a1 1 0 01-1 1A17 17 0 013 4a1 1 0 011-1h3.5a1 1 0 011 1c0 1.25.2 2.45.57 3.57a1 1 0 01-.25 1z"
              />
            </svg>
            <span>{t(`calls.call${line}`)}</span>
          </a>
          {!compact && <p className="help-call-hint">{t(`calls.hint${line}`)}</p>}
        </li>
      ))}
    </ul>
  );
}
