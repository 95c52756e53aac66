import type { PhoneCheckOptions } from './phone-check-options.js';
import type { PhoneFinding } from './phone-finding.js';
import { classifyWritten, markReported, reportedPhones } from './reported-phones.js';

/**
 * Checks a single number typed or pasted on its own. Every digit counts, whatever is
 * around it (`tel:`, spaces, dots, brackets); a leading `+` or `00` means international.
 * Short numbers are accepted here (`113`, `9029`), unlike in {@link extractPhones}.
 *
 * @example
 * checkPhone('+84 912.345.678').e164 // '+84912345678'
 * checkPhone('0168 123 4567').display // '0381 234 567' (old 11-digit form converted)
 */
export function checkPhone(raw: string, options: PhoneCheckOptions = {}): PhoneFinding {
  const start = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const classification = classifyWritten(text);
  const finding: PhoneFinding = {
    raw: text,
    span: { start, end: start + text.length, text },
    ...classification,
    reasons: [...classification.reasons],
  };
  const [marked] = markReported([finding], options.reported ? reportedPhones(options.reported) : undefined);
  return marked ?? finding;
}
