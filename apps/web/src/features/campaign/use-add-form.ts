import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, type FieldMessages } from '../../ui/form-errors.js';
import { listFieldMessages, type Checked, type FieldProblems } from './list-forms.js';

/** What an "add to the list" form shows besides its values. */
export interface AddFormState<F extends string> {
  /** Each field's problem, for its `Field`. */
  messages: FieldMessages<F>;
  /** The problem with the form as a whole, for `FormSubmit`. */
  error: string | null;
  busy: boolean;
  /** What `save` answered last, until the next submit. */
  saved: string | null;
  submit(event: FormEvent): void;
}

/**
 * The submit of an "add to the list" form of the campaign lists. It checks the values with
 * `check` first and, when they need fixing, moves focus to the first field to fix (the field
 * `<idPrefix>-<field>`, whose message is read with it); otherwise it calls `save`, which
 * sends them, clears what it must and answers the confirmation. Problems are worded with the
 * `<section>.fields.*` names; the server's own land on their fields too.
 */
export function useAddForm<T, F extends string>(options: {
  section: string;
  idPrefix: string;
  check(): Checked<T, F>;
  save(value: T): Promise<string>;
}): AddFormState<F> {
  const { t } = useTranslation('campaign');
  const [problems, setProblems] = useState<FieldProblems<F>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    setError(null);
    const checked = options.check();
    if (!checked.ok) {
      setProblems(checked.problems);
      document.getElementById(`${options.idPrefix}-${Object.keys(checked.problems)[0]}`)?.focus();
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      setSaved(await options.save(checked.value));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return {
    messages: listFieldMessages(t, options.section, problems, error),
    error: errorMessage(error, t('common.failed')),
    busy,
    saved,
    submit: (event) => void submit(event),
  };
}
