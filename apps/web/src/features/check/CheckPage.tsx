import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './check-locales.js';
import { CheckForm } from './CheckForm.js';
import { CheckTabs } from './CheckTabs.js';
import { ResultCard } from './ResultCard.js';
import { CHECK_KINDS, runCheck, type CheckKind, type CheckOutcome } from './run-check.js';

type PerKind<T> = Record<CheckKind, T>;

const headingIdOf = (kind: CheckKind) => `check-result-${kind}`;

/**
 * Kiểm tra: paste a message, a whole chat, a link or a phone number and see the risk, the
 * trick, the red flags in the text and what to do. The detector runs here, in the browser:
 * nothing typed is sent anywhere.
 */
export function CheckPage() {
  const { t } = useTranslation('check');
  const [selected, setSelected] = useState<CheckKind>('message');
  const [values, setValues] = useState<PerKind<string>>({ message: '', conversation: '', link: '', phone: '' });
  const [errors, setErrors] = useState<PerKind<boolean>>({ message: false, conversation: false, link: false, phone: false });
  const [outcomes, setOutcomes] = useState<Partial<PerKind<CheckOutcome>>>({});
  const focusAfterCheck = useRef<CheckKind | null>(null);

  // After a check, move focus to the result's heading so it is read out and scrolled into view.
  useEffect(() => {
    const kind = focusAfterCheck.current;
    if (kind === null) return;
    focusAfterCheck.current = null;
    document.getElementById(headingIdOf(kind))?.focus();
  }, [outcomes]);

  function check(kind: CheckKind, value: string) {
    if (value.trim() === '') {
      setErrors((e) => ({ ...e, [kind]: true }));
      setOutcomes(({ [kind]: _dropped, ...rest }) => rest);
      return;
    }
    setErrors((e) => ({ ...e, [kind]: false }));
    focusAfterCheck.current = kind;
    setOutcomes((o) => ({ ...o, [kind]: runCheck(kind, value) }));
  }

  const tabs = CHECK_KINDS.map((kind) => {
    const outcome = outcomes[kind];
    return {
      id: kind,
      label: t(`tabs.${kind}`),
      panel: (
        <>
          <CheckForm
            kind={kind}
            value={values[kind]}
            error={errors[kind]}
            onChange={(value) => setValues((v) => ({ ...v, [kind]: value }))}
            onCheck={(value) => check(kind, value)}
          />
          {outcome !== undefined && <ResultCard outcome={outcome} headingId={headingIdOf(kind)} />}
        </>
      ),
    };
  });

  return (
    <div className="check-page">
      <h1 id="check-title">{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="check-privacy-note">
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <rect x="4.5" y="10.5" width="15" height="10.5" rx="2" fill="currentColor" />
          <path d="M8 10.5V7.5a4 4 0 018 0v3" fill="none" stroke="currentColor" strokeWidth="2.2" />
        </svg>
        <span>{t('privacy')}</span>
      </p>
      <CheckTabs label={t('tabsLabel')} tabs={tabs} selected={selected} onSelect={setSelected} idPrefix="check" />
    </div>
  );
}
