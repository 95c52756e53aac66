import { classifyNumber } from './classify-number.js';
import type { PhoneClassification } from './classify-number.js';
import type { PhoneFinding } from './phone-finding.js';

/** The key two writings of the same number share: E.164 when there is one, else digits. */
export function phoneKey(classification: Pick<PhoneClassification, 'e164' | 'display'>): string {
  return classification.e164 ?? classification.display.replace(/[^\d+]/g, '');
}

/** Parses a number written any common way, as {@link checkPhone} does. */
export function classifyWritten(raw: string): PhoneClassification {
  const digits = raw.replace(/\D/g, '');
  const plus = /^[\s(]*\+/.test(raw);
  return (
    classifyNumber(digits, plus, false) ?? {
      e164: null,
      display: digits,
      kind: 'invalid',
      verdict: 'suspicious',
      reasons: [{ id: 'wrong_length' }],
    }
  );
}

/** Reported numbers by {@link phoneKey}, each with the entry as it was given. */
export type ReportedPhones = ReadonlyMap<string, string>;

/** Prepares a list of reported numbers (any common writing) for {@link markReported}. */
export function reportedPhones(reported: Iterable<string>): ReportedPhones {
  const entries = new Map<string, string>();
  for (const entry of reported) entries.set(phoneKey(classifyWritten(entry)), entry);
  return entries;
}

/** Adds the `reported` reason (and the suspicious verdict) to findings of reported numbers. */
export function markReported(findings: PhoneFinding[], reported: ReportedPhones | undefined): PhoneFinding[] {
  if (!reported) return findings;
  for (const finding of findings) {
    const entry = reported.get(phoneKey(finding));
    if (entry === undefined) continue;
    finding.reasons.unshift({ id: 'reported', detail: entry });
    finding.verdict = 'suspicious';
  }
  return findings;
}
