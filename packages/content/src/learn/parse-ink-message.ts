import type { ContentError } from './learn-types.js';

// inkjs formats its messages as "ERROR: 'file' line 12: text", "WARNING: line 3: text" or
// "RUNTIME ERROR: 'file' line 9: text"; the file part is missing when no name was given.
const INK_MESSAGE = /^(?:RUNTIME )?(ERROR|WARNING): (?:'[^']*' )?line (\d+): ([\s\S]*)$/;

/** Turns one inkjs compiler or runtime message into a {@link ContentError} of `file`. */
export function parseInkMessage(message: string, file: string): ContentError {
  const match = INK_MESSAGE.exec(message.trim());
  if (!match) return { file, message: `Ink: ${message.trim()}` };
  const [, kind, line, text] = match;
  return { file, line: Number(line), message: kind === 'WARNING' ? `Ink warning: ${text}` : `Ink: ${text}` };
}
