import { normalizeReadableCode } from '../../codes/readable-code.js';

/** Report codes read `KM-7F3K-9QX2`. */
export const REPORT_CODE_PREFIX = 'KM';

/** A typed report code in canonical form. */
export function normalizeReportCode(input: string): string {
  return normalizeReadableCode(input, REPORT_CODE_PREFIX);
}
