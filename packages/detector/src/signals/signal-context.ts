import type { NormalizedText } from '../normalize/normalize.js';

/**
 * Words that, just before a request, turn it into a warning ("đừng chuyển tiền", "never share
 * your code"). "nếu không …" (a threat) and "sao không …" (a push) are not warnings.
 */
const NEGATOR =
  /(?:^|[^a-z0-9])(?<!(?:neu|sao|if|bang|hay) )(khong|dung|never|not|dont|cannot|cant|wont|chua bao gio|tuyet doi khong|no one|nobody|chang)(?! (?:sao|thi|the nao|lam sao|con cach|la))(?= |$)/g;

/** Words that make a following role a description of impersonators, not a claim. */
const DESCRIPTOR =
  /\b(?:tu xung|tu nhan|gia danh|mao danh|gia mao|gia lam|doi lot|nhan la|claiming to be|pretending to be|posing as|fake|impersonating|impersonate|gia)\b/;

/** "đừng" and "dừng" fold to "dung", like "dùng" (use) and "đúng" (right): check the original. */
const DUNG_ORIGINAL = /^[dđ][uưừ]ng$/;

/**
 * "… không bao giờ yêu cầu khách hàng cung cấp OTP", "không nhờ người ngoài đăng ký hộ hay
 * đưa mật khẩu": a negation reaches over the asker and a first request, within its clause.
 */
const WINDOW_WORDS = 8;

/** Start of the window of up to eight words before `pos`, not crossing a clause break. */
function windowStart(n: NormalizedText, pos: number): number {
  let words = 0;
  let i = pos - 1;
  if (i >= 0 && n.folded.charCodeAt(i) === 32) {
    if (n.breaks[i] === 1) return pos;
    i--;
  }
  for (; i >= 0; i--) {
    if (n.folded.charCodeAt(i) !== 32) continue;
    if (n.breaks[i] === 1 || ++words === WINDOW_WORDS) return i + 1;
  }
  return 0;
}

/** True when a negator governs the words starting at `pos` of the folded text. */
export function isNegated(n: NormalizedText, pos: number): boolean {
  const from = windowStart(n, pos);
  if (from >= pos) return false;
  const window = n.folded.slice(from, pos);
  NEGATOR.lastIndex = 0;
  for (let match = NEGATOR.exec(window); match !== null; match = NEGATOR.exec(window)) {
    if (match[1] !== 'dung') return true;
    const at = from + match.index + match[0].indexOf('dung');
    const start = n.starts[at] ?? 0;
    const original = n.original.slice(start, n.ends[at + 3] ?? start).normalize('NFC').toLowerCase();
    if (DUNG_ORIGINAL.test(original)) return true;
  }
  return false;
}

/** True when the words before `pos` describe an impersonator ("người tự xưng là công an"). */
export function isDescribed(n: NormalizedText, pos: number): boolean {
  const from = windowStart(n, pos);
  return from < pos && DESCRIPTOR.test(n.folded.slice(from, pos));
}

/** True when a negator stands inside a match ("báo: không cung cấp OTP" skipped over "không"). */
export function hasNegator(n: NormalizedText, from: number, to: number): boolean {
  const inner = n.folded.slice(from, to);
  NEGATOR.lastIndex = 0;
  return NEGATOR.test(inner);
}

/** "đã/vừa/mới chuyển …" (mới before the verb: "just"): the words before a request that report it as already done. */
const DONE_BEFORE = /(?:^| )(?:da|vua|moi|moi vua|da vua)(?: [a-z0-9]+)?$/;
/** "… rồi", "… rồi đó nhé" closing the clause after a request: it is done, nothing is asked. */
const DONE_AFTER = /^(?: [a-z0-9]+){0,6} roi(?: (?:do|day|nhe|nha|a|ha|ma|con|em|chau))*$/;

/**
 * True when the words around `[from, to)` report the request as already done ("Bố chuyển
 * 500k vào thẻ của con rồi", "t ck 45k tiền trà sữa r đó", "mẹ đã chuyển"): a parent or friend
 * telling about money sent, not someone asking for it.
 */
export function isDone(n: NormalizedText, from: number, to: number): boolean {
  const start = windowStart(n, from);
  if (start < from && DONE_BEFORE.test(n.folded.slice(start, from).trimEnd())) return true;
  let end = to;
  while (end < n.folded.length && !(n.folded.charCodeAt(end) === 32 && n.breaks[end] === 1)) end++;
  return DONE_AFTER.test(n.folded.slice(to, end));
}
