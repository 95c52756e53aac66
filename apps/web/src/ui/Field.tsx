import type { ReactNode } from 'react';

/** What a {@link Field} hands to its control so that the label, hint and error belong to it. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

export interface FieldProps {
  /** The control's id; the hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  label: ReactNode;
  /** Shown between the label and the control, so it is read before typing. */
  hint?: ReactNode;
  /** The problem with the value, shown under the control; marks the control invalid. */
  error?: ReactNode;
  /** Ids of text elsewhere that also describes the control (a hint shared by several fields), read before the hint and error. */
  describedBy?: string;
  /** Announces the error as it appears; see {@link FieldError}. Default: false. */
  alert?: boolean;
  /** Renders the control with the given props spread on it. */
  children: (control: FieldControlProps) => ReactNode;
}

const present = (node: ReactNode) => node !== undefined && node !== null && node !== false && node !== '';

/**
 * A labelled form field: label, hint, the control, and its error, tied together with
 * `aria-describedby` and `aria-invalid`. It renders no wrapper, so it lays out like the
 * elements it stands for.
 *
 * @example
 * <Field id="story" label="Em kể lại" hint="Không cần viết hay" error={problem}>
 *   {(control) => <textarea {...control} value={text} onChange={(e) => setText(e.target.value)} />}
 * </Field>
 */
export function Field({ id, label, hint, error, describedBy, alert = false, children }: FieldProps) {
  const hasHint = present(hint);
  const hasError = present(error);
  const describedByIds = [describedBy ?? '', hasHint ? `${id}-hint` : '', hasError ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {hasHint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedByIds || undefined, 'aria-invalid': hasError ? true : undefined })}
      <FieldError id={id} error={error} alert={alert} />
    </>
  );
}

/**
 * A field's error on its own, as `<id>-error`, or nothing without one: for a control that is
 * more than one element (a group of checkboxes), whose inputs point to it themselves.
 * With `alert` it is read out as it appears, for an error that comes after a submit while
 * focus stays elsewhere.
 */
export function FieldError({ id, error, alert = false }: { id: string; error?: ReactNode; alert?: boolean }) {
  if (!present(error)) return null;
  return (
    <p id={`${id}-error`} className="field-error" role={alert ? 'alert' : undefined}>
      {error}
    </p>
  );
}
