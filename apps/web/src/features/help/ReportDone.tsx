import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportCreated } from '../../api/api-types.js';
import { HelpCalls } from './HelpCalls.js';
import './help-locales.js';

/** The case code and PIN, shown once, large, with a copy button and what happens next. */
export function ReportDone({ created }: { created: ReportCreated }) {
  const { t } = useTranslation('help');
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    titleRef.current?.focus();
    window.scrollTo?.(0, 0);
  }, []);

  function copyCodes() {
    const text = t('done.copyText', { code: created.code, pin: created.pin, url: `${window.location.origin}/theo-doi` });
    if (!navigator.clipboard) {
      setCopy('failed');
      return;
    }
    navigator.clipboard.writeText(text).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  }

  return (
    <div className="help-page help-done">
      <h1 tabIndex={-1} ref={titleRef}>
        {t('done.title')}
      </h1>
      <p className="help-not-alone">{t('done.thanks')}</p>
      <section className="card help-codes" aria-labelledby="help-codes-note">
        <p id="help-codes-note" className="help-codes-note">
          {t('done.writeDown')}
        </p>
        <dl className="help-code-list">
          <div>
            <dt>{t('done.code')}</dt>
            <dd className="help-code" data-testid="report-code">
              {created.code}
            </dd>
          </div>
          <div>
            <dt>{t('done.pin')}</dt>
            <dd className="help-code" data-testid="report-pin">
              {created.pin}
            </dd>
          </div>
        </dl>
        <button type="button" className="button button-primary" onClick={copyCodes}>
          {t('done.copy')}
        </button>
        <p role="status" className="hint">
          {copy === 'copied' ? t('done.copied') : copy === 'failed' ? t('done.copyFailed') : ''}
        </p>
      </section>
      <section className="card" aria-labelledby="help-next-title">
        <h2 id="help-next-title">{t('done.nextTitle')}</h2>
        <ol className="help-steps">
          <li>{t('done.next1')}</li>
          <li>{t('done.next2')}</li>
          <li>{t('done.next3')}</li>
        </ol>
        <HelpCalls compact />
        <p>
          <Link to="/theo-doi">{t('done.followUp')}</Link>
        </p>
      </section>
    </div>
  );
}
