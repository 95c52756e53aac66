import { classifyNumber } from './classify-number.js';
import type { PhoneClassification } from './classify-number.js';

/** A phone number located in a text. */
export interface ScannedPhone {
  start: number;
  end: number;
  classification: PhoneClassification;
}

interface Group {
  start: number;
  end: number;
}

/** What may stand between digit groups of one number: spaces, one dot, a dash, brackets. */
const SEPARATOR = /^(?:[ \u00a0]{1,2}|\.|[ \u00a0]?[-–][ \u00a0]?|\)[ \u00a0]?|[ \u00a0]?\()$/;
const SEPARATOR_CHARS = ' \u00a0.-–()';
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Before a number these mean it is part of a link, a formula or a price. */
const NOT_BEFORE = '/=?&#@_+*^$%€£¥\\';
/** Amounts, measures and scores are not phone numbers ("500.000đ", "113k", "115 điểm"). */
const UNIT_AFTER =
  /^[ \u00a0]?(?:đ|₫|vn[dđ]|k|tr|triệu|trieu|nghìn|nghin|ngàn|ngan|tỷ|ty|%|\$|usd|lần|lan|phút|phut|giây|giay|km|kg|cm|mm|m|g|h|giờ|gio|điểm|diem|tuổi|tuoi)(?![\p{L}\p{N}])/iu;
/** Account, ID and code numbers look like phone numbers but are not to be called. */
const ACCOUNT_BEFORE =
  /(?:stk|số tài khoản|so tai khoan|số tk|so tk|tài khoản|tai khoan|tk|account|acc|mst|cccd|cmnd|căn cước|can cuoc|mã|otp|code|id|mssv)\s*(?:số|so|là|la)?\s*[:#.-]?\s*$/iu;
/** A short code counts only when the words around it are about calling or texting it. */
const CALL_BEFORE =
  /(?:gọi|goi|call|tổng đài|tong dai|hotline|đường dây|duong day|nhắn|nhan tin|gửi|gui|sms|bấm|bam|liên hệ|lien he|lh|báo|đầu số|dau so|dial|text|phone|sđt|sdt|đt)/iu;
const HELP_AFTER =
  /^[\s(:–-]*(?:tổng đài|tong dai|hotline|miễn phí|mien phi|cấp cứu|cap cuu|công an|cong an|cứu hỏa|cuu hoa|cứu nạn|bảo vệ trẻ em|bao ve tre em|báo cáo|bao cao)/iu;
const CONTEXT = 30;
const PLUS = 43;
const OPEN = 40;
/** How far back a call word may be for a short code, within the same sentence. */
const SHORT_CODE_CONTEXT = 20;
/** No number is longer than this many groups ("0 9 1 2 …" is not written by people). */
const MAX_GROUPS = 6;

const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** The character (code point) before `i`, or `''` at the start. */
function charBefore(text: string, i: number): string {
  if (i === 0) return '';
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

const charAt = (text: string, i: number): string => (i < text.length ? String.fromCodePoint(text.codePointAt(i) ?? 0) : '');

/** True when a number may start at `i`: not inside a word, a link, a formula or a bigger number. */
function startsCleanly(text: string, i: number): boolean {
  const before = charBefore(text, i);
  if (before === '') return true;
  if (WORD_CHAR.test(before) || NOT_BEFORE.includes(before)) return false;
  // "1,0912…", "3.0912…": the digits continue a bigger number.
  return !('.,:-'.includes(before) && isDigitAt(text, i - 2));
}

/** A digit, or "+" / "(" before digits. */
function isCandidate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return true;
  if (c === PLUS) return isDigitAt(text, i + 1);
  if (c === OPEN) return isDigitAt(text, i + 1) || (text.charCodeAt(i + 1) === PLUS && isDigitAt(text, i + 2));
  return false;
}

/** Classifies digits once per cache: a long paste or a conversation repeats its numbers. */
function classify(cache: Map<string, PhoneClassification | null>, digits: string, plus: boolean): PhoneClassification | null {
  const key = plus ? `+${digits}` : digits;
  let found = cache.get(key);
  if (found === undefined) {
    found = classifyNumber(digits, plus, true);
    cache.set(key, found);
  }
  return found;
}

/** "2.000.000", "84.900.000.000": thousands separated by dots or commas. */
function looksLikeAmount(text: string, groups: Group[], separators: string[], g: number, h: number): boolean {
  for (let k = g; k < h; k++) {
    const next = groups[k + 1];
    if ((separators[k] !== '.' && separators[k] !== ',') || !next || next.end - next.start !== 3) return false;
  }
  const first = groups[g];
  return h > g && first !== undefined && first.end - first.start <= 3 && text[first.start] !== '0';
}

/** The words of the sentence just before `start` (at most {@link SHORT_CODE_CONTEXT} characters). */
function sentenceBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - SHORT_CODE_CONTEXT), start);
  return before.slice(Math.max(...['.', '!', '?', ';', '\n'].map((mark) => before.lastIndexOf(mark))) + 1);
}

/** True when groups `g..h` of a digit run, classified as `classified`, are a phone number here. */
function accept(
  text: string,
  runStart: number,
  groups: Group[],
  separators: string[],
  g: number,
  h: number,
  plus: boolean,
  classified: PhoneClassification,
): boolean {
  const first = groups[g];
  const last = groups[h];
  if (!first || !last) return false;
  const start = g === 0 ? runStart : first.start;
  const firstDigits = text.slice(first.start, first.end);
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const after = text.slice(last.end, last.end + CONTEXT);
  if (h === groups.length - 1 && (WORD_CHAR.test(charAt(text, last.end)) || UNIT_AFTER.test(after))) return false;
  if (!plus && looksLikeAmount(text, groups, separators, g, h)) return false;
  switch (classified.kind) {
    case 'hotline':
      return /^1[89]00/.test(firstDigits);
    case 'emergency':
    case 'shortcode':
      return (
        groups.length === 1 &&
        !plus &&
        text[runStart] !== '(' &&
        (CALL_BEFORE.test(sentenceBefore(text, start)) || HELP_AFTER.test(after))
      );
    default:
      if (ACCOUNT_BEFORE.test(before)) return false;
      if (classified.kind === 'foreign') return true;
      // Without "+", a leading 84 must stand apart: "84 912 345 678", not "84.900.000.000".
      if (!plus && firstDigits.startsWith('84') && groups.length > 1 && firstDigits !== '84') return false;
      return !(classified.kind === 'invalid' && !plus && h === g);
  }
}

/**
 * Finds Vietnamese phone numbers, 1800/1900 hotlines, national help lines and foreign
 * numbers in running text, in one linear pass. Digits are split into groups at spaces,
 * dots, dashes and brackets; from each group on, the longest run of groups that forms a
 * valid number wins, so two numbers side by side stay apart and money amounts, dates and
 * codes are left alone. `classified` caches classifications by digits; pass one map to share it
 * between texts checked together.
 */
export function scanPhones(text: string, classified = new Map<string, PhoneClassification | null>()): ScannedPhone[] {
  const n = text.length;
  const results: ScannedPhone[] = [];
  let i = 0;
  while (i < n) {
    if (!isCandidate(text, i) || !startsCleanly(text, i)) {
      i++;
      continue;
    }
    const runStart = i;
    let p = i;
    if (text[p] === '(') p++;
    const plus = text[p] === '+';
    if (plus) p++;
    const groups: Group[] = [];
    const separators: string[] = [];
    for (;;) {
      const groupStart = p;
      while (p < n && isDigitAt(text, p)) p++;
      groups.push({ start: groupStart, end: p });
      let q = p;
      while (q < n && q - p < 3 && SEPARATOR_CHARS.includes(text[q] ?? '')) q++;
      const separator = text.slice(p, q);
      if (q === p || !isDigitAt(text, q) || !SEPARATOR.test(separator)) break;
      separators.push(separator);
      p = q;
    }

    for (let g = 0; g < groups.length; ) {
      if (g > 0 && !/\s/.test(separators[g - 1] ?? '')) {
        g++;
        continue;
      }
      let chosen: { h: number; classified: PhoneClassification } | undefined;
      let fallback: typeof chosen;
      let digits = '';
      for (let h = g; h < groups.length && h < g + MAX_GROUPS; h++) {
        const group = groups[h];
        if (!group) break;
        digits += text.slice(group.start, group.end);
        if (digits.length > 15) break;
        // A number ends at a space or at the end of the run, not inside "0912.345.678".
        if (h < groups.length - 1 && !/\s/.test(separators[h] ?? '')) continue;
        const number = classify(classified, digits, plus && g === 0);
        if (!number || !accept(text, runStart, groups, separators, g, h, plus && g === 0, number)) continue;
        if (number.kind === 'invalid') fallback = { h, classified: number };
        else chosen = { h, classified: number };
      }
      const pick = chosen ?? fallback;
      if (!pick) {
        g++;
        continue;
      }
      const first = groups[g];
      const last = groups[pick.h];
      if (first && last) {
        let start = g === 0 ? runStart : first.start;
        if (text[start] === '(' && !text.slice(start, last.end).includes(')')) start++;
        results.push({ start, end: last.end, classification: pick.classified });
      }
      g = pick.h + 1;
    }
    i = Math.max(p, i + 1);
  }
  return results;
}
