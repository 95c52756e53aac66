import type { PhoneCheckOptions } from './phone-check-options.js';
import type { PhoneFinding } from './phone-finding.js';
import { phoneExtractor } from './phone-extractor.js';

/**
 * Finds phone numbers in a message and explains each one: Vietnamese mobiles and landlines
 * in any common writing (`0912 345 678`, `+84 912.345.678`, `(+84) 912-345-678`,
 * `091.234.5678`, `(024) 3825 1234`), old 11-digit mobiles, 1800/1900 hotlines, foreign
 * numbers with `+`, and the national help lines (111, 113, 114, 115, 156, 5656) when the
 * words around them are about calling or texting. Money amounts, dates, codes and account
 * numbers are left out.
 *
 * Never throws; runs in time linear in the length of `text`.
 *
 * @example
 * extractPhones('Gọi ngay +855 12 345 678 để nhận quà')
 * // [{ raw: '+855 12 345 678', kind: 'foreign', verdict: 'suspicious',
 * //    reasons: [{ id: 'foreign_number', detail: '+855' }], country: { vi: 'Campuchia', … }, … }]
 */
export function extractPhones(text: string, options: PhoneCheckOptions = {}): PhoneFinding[] {
  return phoneExtractor(options)(text);
}
