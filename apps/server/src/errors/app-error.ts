import type { MessageCode } from '../i18n/messages.js';

/**
 * An expected failure with an HTTP status and a message code; the error handler turns it
 * into `{error: {code, message}}` in the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: MessageCode,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}
