import { AREA_CODES } from './area-codes.js';
import { findCountry } from './calling-codes.js';
import { MOBILE_PREFIXES, OLD_MOBILE_PREFIXES } from './mobile-prefixes.js';
import type { PhoneFinding, PhoneReasonHit } from './phone-finding.js';
import { SERVICE_NUMBERS } from './service-numbers.js';

/** What a number is, before knowing where it was written. */
export type PhoneClassification = Omit<PhoneFinding, 'raw' | 'span'>;

const HOTLINE = /^1[89]00(?:\d{4}|\d{6})$/;

function invalid(digits: string, plus: boolean, reason: PhoneReasonHit): PhoneClassification {
  return { e164: null, display: plus ? `+${digits}` : digits, kind: 'invalid', verdict: 'suspicious', reasons: [reason] };
}

/** Groups of three from the end, the safe default for numbers whose local format is unknown. */
function groupsFromEnd(digits: string): string {
  const head = digits.length % 3;
  const parts = head > 0 ? [digits.slice(0, head)] : [];
  for (let at = head; at < digits.length; at += 3) parts.push(digits.slice(at, at + 3));
  return parts.join(' ');
}

function groupsOf(digits: string, sizes: number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.join(' ');
}

function mobile(national: string, carrier: string, reasons: PhoneReasonHit[]): PhoneClassification {
  return {
    e164: `+84${national.slice(1)}`,
    display: groupsOf(national, [4, 3, 3]),
    kind: 'mobile',
    carrier,
    verdict: reasons.length > 0 ? 'info' : 'ok',
    reasons,
  };
}

/** A Vietnamese number written with its leading 0 (`0912345678`, `02438251234`). */
function classifyNational(national: string): PhoneClassification {
  const length = national.length;
  const network = national[1] ?? '';
  if ('35789'.includes(network) && network !== '') {
    if (length !== 10) return invalid(national, false, { id: 'wrong_length' });
    const prefix = national.slice(0, 3);
    const carrier = MOBILE_PREFIXES[prefix];
    return carrier ? mobile(national, carrier, []) : invalid(national, false, { id: 'invalid_prefix', detail: prefix });
  }
  if (network === '1' && length === 11) {
    const newPrefix = OLD_MOBILE_PREFIXES[national.slice(0, 4)];
    const carrier = newPrefix ? MOBILE_PREFIXES[newPrefix] : undefined;
    if (!newPrefix || !carrier) return invalid(national, false, { id: 'invalid_prefix', detail: national.slice(0, 4) });
    const converted = newPrefix + national.slice(4);
    return mobile(converted, carrier, [{ id: 'old_11_digit_format', detail: groupsOf(converted, [4, 3, 3]) }]);
  }
  if (network === '2') {
    const areaLength = national.startsWith('024') || national.startsWith('028') ? 3 : 4;
    const area = national.slice(0, areaLength);
    if (!AREA_CODES.has(area)) return invalid(national, false, { id: 'invalid_prefix', detail: area });
    if (length !== 11) return invalid(national, false, { id: 'wrong_length' });
    return {
      e164: `+84${national.slice(1)}`,
      display: groupsOf(national, [areaLength, 4]),
      kind: 'landline',
      verdict: 'ok',
      reasons: [],
    };
  }
  return invalid(national, false, { id: 'invalid_prefix', detail: national.slice(0, 3) });
}

/**
 * Classifies a number given as its digits, and whether a `+` (or `00`) came first:
 * Vietnamese mobile or landline (normalised to E.164, checked against today's prefixes and
 * area codes), old 11-digit mobile (converted), 1800/1900 hotline, national help line,
 * foreign number. Returns `null` when the digits are not a phone number at all.
 *
 * @param strict in running text, only answer for forms that are unmistakably phone numbers
 *   (short codes, impossible numbers and stray digits are left to the caller).
 */
export function classifyNumber(digits: string, plus: boolean, strict: boolean): PhoneClassification | null {
  let rest = digits;
  let international = plus;
  // In running text, 12-digit ID numbers start with 00 too; only "0084" is read as a prefix there.
  if (!international && rest.startsWith('00') && (!strict || rest.startsWith('0084'))) {
    rest = rest.slice(2);
    international = true;
  }
  if (international) {
    if (rest.startsWith('84')) {
      const national = `0${rest.slice(2).replace(/^0/, '')}`;
      if (national.length < 9 || national.length > 12) return strict ? null : invalid(rest, true, { id: 'wrong_length' });
      return classifyNational(national);
    }
    if (rest.length < 8 || rest.length > 15) return strict ? null : invalid(rest, true, { id: 'wrong_length' });
    const country = findCountry(rest);
    if (!country) {
      return { e164: `+${rest}`, display: `+${rest}`, kind: 'foreign', verdict: 'suspicious', reasons: [{ id: 'foreign_number' }] };
    }
    const { callingCode } = country;
    const local = rest.slice(callingCode.length - 1);
    // North American numbers have a fixed 3-3-4 layout people recognise.
    const localDisplay = callingCode === '+1' && local.length === 10 ? groupsOf(local, [3, 3]) : groupsFromEnd(local);
    return {
      e164: `+${rest}`,
      display: `${callingCode} ${localDisplay}`,
      kind: 'foreign',
      country,
      verdict: 'suspicious',
      reasons: [{ id: 'foreign_number', detail: callingCode }],
    };
  }
  if (rest.startsWith('0')) {
    if (strict && (rest.length < 10 || rest.length > 11)) return null;
    return classifyNational(rest);
  }
  if (rest.startsWith('84') && (rest.length === 11 || rest.length === 12)) {
    const found = classifyNational(`0${rest.slice(2)}`);
    return found.kind === 'invalid' && strict ? null : found;
  }
  if (HOTLINE.test(rest)) {
    const premium = rest.startsWith('1900');
    return {
      e164: null,
      display: groupsOf(rest, rest.length === 8 ? [4, 4] : [4, 3, 3]),
      kind: 'hotline',
      verdict: premium ? 'info' : 'ok',
      reasons: premium ? [{ id: 'premium_rate' }] : [],
    };
  }
  const service = SERVICE_NUMBERS[rest];
  if (service) {
    return { e164: null, display: rest, kind: service.kind, verdict: 'info', reasons: [{ id: 'official_help_line', detail: rest }] };
  }
  if (strict) return null;
  if (rest.length >= 3 && rest.length <= 5) {
    return { e164: null, display: rest, kind: 'shortcode', verdict: 'info', reasons: [] };
  }
  return invalid(rest, false, { id: 'wrong_length' });
}
