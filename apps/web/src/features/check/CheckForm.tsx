import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXAMPLES } from './examples.js';
import type { CheckKind } from './run-check.js';

/**
 * One tab's form: a labelled input with a hint, the "Kiểm tra" button, and example buttons
 * that fill the input with a sample and check it at once.
 */
export function CheckForm({
  kind,
  value,
  error,
  onChange,
  onCheck,
}: {
  kind: CheckKind;
  value: string;
  error: boolean;
  onChange: (value: string) => void;
  onCheck: (value: string) => void;
}) {
  const { t } = useTranslation('check');
  const id = useId();
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const examplesId = `${id}-examples`;
  const described = error ? `${hintId} ${errorId}` : hintId;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onCheck(value);
  }

  const common = {
    id: inputId,
    value,
    'aria-describedby': described,
    'aria-invalid': error || undefined,
    autoComplete: 'off',
    spellCheck: false,
  };

  return (
    <form className="form check-form" onSubmit={onSubmit} noValidate>
      <label htmlFor={inputId}>{t(`fields.${kind}.label`)}</label>
      <p id={hintId} className="hint">
        {t(`fields.${kind}.hint`)}
      </p>
      {kind === 'message' || kind === 'conversation' ? (
        <textarea {...common} rows={kind === 'conversation' ? 8 : 5} maxLength={20000} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={kind === 'link' ? 'url' : 'tel'}
          inputMode={kind === 'link' ? 'url' : 'tel'}
          autoCapitalize="off"
          maxLength={2000}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {error && (
        <p id={errorId} role="alert" className="alert alert-error">
          {t(`fields.${kind}.empty`)}
        </p>
      )}
      <button type="submit" className="button button-primary">
        {t('submit')}
      </button>
      <div className="check-examples" role="group" aria-labelledby={examplesId}>
        <p id={examplesId} className="check-examples-label">
          {t('examplesLabel')}
        </p>
        <div className="check-example-buttons">
          {EXAMPLES[kind].map((example) => (
            <button
              key={example.labelKey}
              type="button"
              className="check-example-button"
              onClick={() => {
                onChange(example.value);
                onCheck(example.value);
              }}
            >
              {t(`examples.${example.labelKey}`)}
            </button>
          ))}
        </div>
      </div>
    </form>
  );
}
