import type { PhoneClassification } from './classify-number.js';
import type { PhoneCheckOptions } from './phone-check-options.js';
import type { PhoneFinding } from './phone-finding.js';
import { scanPhones } from './phone-scanner.js';
import { markReported, reportedPhones } from './reported-phones.js';

/** Finds and explains the phone numbers of one text; see {@link phoneExtractor}. */
export type PhoneExtractor = (text: string) => PhoneFinding[];

/**
 * An {@link extractPhones} for many texts checked together (the turns of one conversation):
 * the reported list is prepared once and a number seen in several turns is classified once.
 */
export function phoneExtractor(options: PhoneCheckOptions = {}): PhoneExtractor {
  const reported = options.reported ? reportedPhones(options.reported) : undefined;
  const classified = new Map<string, PhoneClassification | null>();
  return (text) => {
    const findings = scanPhones(text, classified).map(({ start, end, classification }) => {
      const raw = text.slice(start, end);
      return { raw, span: { start, end, text: raw }, ...classification, reasons: [...classification.reasons] };
    });
    return markReported(findings, reported);
  };
}
