import { ApiError } from '../api/api-client.js';

/** A message per form field, by the form's own field names. */
export type FieldMessages<F extends string = string> = Partial<Record<F, string>>;

/** The API's field path (`provinces.0`) → its first part (`provinces`), the form field it belongs to. */
const firstPart = (apiField: string) => apiField.split('.')[0]!;

/**
 * What the server said about each field of a refused form. `fieldOf` names the form field an
 * API field path belongs to, or null when the form has none for it (default: the path's first
 * part). When the server names a field twice, its first message is kept; any other error gives
 * no field messages.
 */
export function serverFieldErrors<F extends string = string>(error: unknown, fieldOf: (apiField: string) => F | null = firstPart as (apiField: string) => F): FieldMessages<F> {
  const messages: FieldMessages<F> = {};
  if (!(error instanceof ApiError)) return messages;
  for (const { field, message } of error.fields) {
    const name = fieldOf(field);
    if (name !== null) messages[name] ??= message;
  }
  return messages;
}

/**
 * The message for a failed request as a whole (above a form's submit button, or in place of a
 * list): the server's own, already in the user's language, or `fallback` for any other failure
 * (no network, a bug); null without an error.
 */
export function errorMessage(error: unknown, fallback: string): string | null {
  if (!error) return null;
  return error instanceof ApiError ? error.message : fallback;
}
