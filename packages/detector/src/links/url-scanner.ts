import { parse } from 'tldts';
import { hostKind, normalizeHost } from './host-name.js';
import type { HostKind } from './host-name.js';
import { refang } from './refang.js';

/** A link located in a text, split into the parts the checker looks at. */
export interface ScannedUrl {
  /** UTF-16 offsets of the link in the scanned text. */
  start: number;
  end: number;
  /** The link as written, de-fanged. */
  url: string;
  /** `http`/`https` when written (also as `hxxp`), else `null`. */
  scheme: string | null;
  /** Text before `@` in the authority, if any. */
  userinfo: string | null;
  /** Normalised host (see `normalizeHost`); IPv6 without brackets. */
  host: string;
  kind: HostKind;
  port: string | null;
  /** Everything after the authority (`/path?query#fragment`), de-fanged; may be empty. */
  path: string;
}

/**
 * - `text`: links inside free text; a bare domain must end in a known public suffix and
 *   look like a domain rather than an abbreviation or a file name.
 * - `single`: the whole input is meant to be a link; any well-formed host is accepted.
 */
export type ScanMode = 'text' | 'single';

const SCHEME = /h[tx]{2}ps?(?::|\[:\])\/\//iy;
const LABEL_START = /^[\p{L}\p{N}]$/u;
const LABEL_MARK = /^\p{M}$/u;

/** Label classes of BMP code units, filled on first sight: 0 unknown, else one of these. */
const OTHER = 1;
const START = 2;
const MARK = 3;
const labelClass = new Uint8Array(0x10000);

/** The label class of a code point, cached for the BMP (link scanning is per character). */
function classOf(cp: number): number {
  const cached = cp < 0x10000 ? (labelClass[cp] ?? 0) : 0;
  if (cached !== 0) return cached;
  const ch = String.fromCodePoint(cp);
  const value = LABEL_START.test(ch) ? START : LABEL_MARK.test(ch) ? MARK : OTHER;
  if (cp < 0x10000) labelClass[cp] = value;
  return value;
}
const BRACKET_DOTS = ['[.]', '(.)', '{.}', '[dot]', '(dot)', '{dot}'];
/**
 * Where a link may be near: a dot (plain, full-width or the bracket of a de-fanged one) that
 * may follow a host label, or the start of a scheme. A link starts at the beginning of the
 * word this is in or after.
 */
const MAY_START = /[.。．｡[({]|h[tx]{2}/gi;
const PLAIN_DOTS = '.。．｡';
const AUTHORITY_END = '/?#\\';
const PATH_START = '/?#';
/** Unicode spaces, quotes and brackets that end a link written in running text. */
const STOP_CHARS = new Set([...'\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff\u200b“”«»‘’「」『』【】']);
const TRAILING = new Set([...'.,;:!?\'"*…»›”’。，、！？']);
/** Before a bare domain these mean it is part of an e-mail, a path or a parameter. */
const NOT_BEFORE_BARE = new Set([...'@/\\_%=&#$+~']);
/** Endings that are both a TLD and a common file extension (`main.py`, `video.mov`). */
const FILE_LIKE_TLDS = new Set(['zip', 'mov', 'py', 'md', 'sh', 'rs', 'pl', 'pm', 'so', 'ps']);
const UPPER = /\p{Lu}/u;
/** Anything outside printable ASCII. */
const NON_ASCII = /[^ -~]/;
const DIGITS = /^\d+$/;

interface HostRun {
  end: number;
  /** The labels, once there are at least two (a lone word is no host). */
  labels: string[];
  /** Longer than any host: not kept, only skipped over. */
  tooLong: boolean;
}

/** A bare host that may be a link: normalised, classified, with its name before the public suffix. */
interface BareHost {
  host: string;
  kind: HostKind;
  /** `domainWithoutSuffix` for a name, `''` for an IP address. */
  name: string;
}

/** What the labels of a bare host candidate are, or `null` when they are no host. */
function bareHost(written: string, mode: ScanMode): BareHost | null {
  const host = normalizeHost(written);
  const kind = hostKind(host);
  if (!kind || kind === 'ipv6') return null;
  if (kind !== 'name') return { host, kind, name: '' };
  const info = parse(host);
  if (!info.domainWithoutSuffix || (mode === 'text' && !info.isIcann)) return null;
  return { host, kind, name: info.domainWithoutSuffix };
}

function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

function isLabelStart(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return classOf(codePointAt(text, i)) === START;
}

function isLabelChar(text: string, i: number): boolean {
  return labelCharWidth(text, i) !== 0;
}

/** The UTF-16 length of the label character at `i`, or 0 when none stands there. */
function labelCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 ? 1 : 0;
  const cp = codePointAt(text, i);
  return classOf(cp) === OTHER ? 0 : cp > 0xffff ? 2 : 1;
}

/** The end of the run of label characters from `i`. */
function labelRunEnd(text: string, i: number): number {
  let end = i;
  for (let w = labelCharWidth(text, end); w !== 0; w = labelCharWidth(text, end)) end += w;
  return end;
}

function startOfCharBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  const high = text.charCodeAt(i - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? i - 2 : i - 1;
}

function labelCharBefore(text: string, i: number): boolean {
  return i > 0 && isLabelChar(text, startOfCharBefore(text, i));
}

function isStop(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c <= 32 || c === 127) return true;
  if (c < 128) return c === 60 || c === 62 || c === 34 || c === 96 || c === 124; // < > " ` |
  return (c >= 0x2000 && c <= 0x200b) || STOP_CHARS.has(text[i] ?? '');
}

function dotLength(text: string, i: number): number {
  const c = text[i] ?? '';
  if (PLAIN_DOTS.includes(c)) return 1;
  if (c !== '[' && c !== '(' && c !== '{') return 0;
  const ahead = text.slice(i, i + 5).toLowerCase();
  return BRACKET_DOTS.find((dot) => ahead.startsWith(dot))?.length ?? 0;
}

function stopAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && !isStop(text, j)) j++;
  return j;
}

/** Drops trailing punctuation, keeping a closing bracket that closes one in the link. */
function trimEnd(text: string, start: number, end: number): number {
  let open = 0;
  let openSquare = 0;
  for (let k = start; k < end; k++) {
    const c = text[k];
    if (c === '(') open++;
    else if (c === ')') open--;
    else if (c === '[') openSquare++;
    else if (c === ']') openSquare--;
  }
  let e = end;
  while (e > start) {
    const c = text[e - 1] ?? '';
    if (c === ')' && open < 0) open++;
    else if (c === ']' && openSquare < 0) openSquare++;
    else if (c === '(') open--;
    else if (c === '[') openSquare--;
    else if (!TRAILING.has(c)) break;
    e--;
  }
  return e;
}

function readHostRun(text: string, start: number): HostRun {
  const labels: string[] = [];
  let p = start;
  for (;;) {
    const labelStart = p;
    p = labelRunEnd(text, p);
    const dot = dotLength(text, p);
    const more = dot !== 0 && isLabelStart(text, p + dot);
    // A lone word is no host: its label is cut out only once a second label follows.
    if ((more || labels.length > 0) && p - start <= 253) labels.push(text.slice(labelStart, p));
    if (!more) break;
    p += dot;
  }
  return { end: p, labels, tooLong: p - start > 253 };
}

function readSchemed(text: string, start: number, bodyStart: number): ScannedUrl | undefined {
  const n = text.length;
  let authorityEnd = bodyStart;
  while (authorityEnd < n && !isStop(text, authorityEnd) && !AUTHORITY_END.includes(text[authorityEnd] ?? '')) {
    authorityEnd++;
  }
  const hasPath = authorityEnd < n && AUTHORITY_END.includes(text[authorityEnd] ?? '');
  const authority = refang(text.slice(bodyStart, hasPath ? authorityEnd : trimEnd(text, bodyStart, authorityEnd)));
  const at = authority.lastIndexOf('@');
  const hostPort = authority.slice(at + 1);
  let host = hostPort;
  let port: string | null = null;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0) return undefined;
    host = hostPort.slice(1, close);
    if (hostPort.startsWith(':', close + 1)) port = hostPort.slice(close + 2);
  } else {
    const colon = hostPort.lastIndexOf(':');
    if (colon >= 0) {
      host = hostPort.slice(0, colon);
      port = hostPort.slice(colon + 1);
    }
  }
  host = normalizeHost(host);
  const kind = hostKind(host);
  if (!kind) return undefined;
  const end = hasPath
    ? Math.max(authorityEnd, trimEnd(text, start, stopAfter(text, authorityEnd)))
    : trimEnd(text, start, authorityEnd);
  const written = text.slice(start, end);
  return {
    start,
    end,
    url: refang(written),
    scheme: /s(?::|\[:\])\/\/$/i.test(written.slice(0, bodyStart - start)) ? 'https' : 'http',
    userinfo: at >= 0 ? authority.slice(0, at) : null,
    host,
    kind,
    port: port !== null && /^\d{1,5}$/.test(port) ? port : null,
    path: hasPath ? refang(text.slice(authorityEnd, end)) : '',
  };
}

/** Rules that keep abbreviations and file names ("TS.BS", "main.py", "mẹ.ba") out of free text. */
function looksLikeWordsNotDomain(run: HostRun, host: string, name: string): boolean {
  if (run.labels[0]?.toLowerCase() === 'www') return false;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (FILE_LIKE_TLDS.has(tld)) return true;
  const writtenTld = run.labels[run.labels.length - 1] ?? '';
  if (UPPER.test(writtenTld) && name.length <= 3) return true;
  if (NON_ASCII.test(name) && [...name].length < 4) return true;
  return DIGITS.test(name);
}

/**
 * Bare hosts already judged in one scan mode, by the labels as written: a long paste, or the
 * turns of one conversation, repeat their hosts, and each is parsed once (the public suffix
 * look-up is costly).
 */
export type BareHostCache = Map<string, BareHost | null>;

function readBare(text: string, mode: ScanMode, bareHosts: BareHostCache, start: number, run: HostRun): ScannedUrl | undefined {
  const n = text.length;
  if (run.tooLong || run.labels.length < 2) return undefined;
  if (start > 0) {
    const before = text[startOfCharBefore(text, start)] ?? '';
    const protocolRelative = before === '/' && text[start - 2] === '/';
    if (NOT_BEFORE_BARE.has(before) && !protocolRelative) return undefined;
  }
  if (text[run.end] === '@') return undefined;
  const written = run.labels.join('.');
  let bare = bareHosts.get(written);
  if (bare === undefined) {
    bare = bareHost(written, mode);
    bareHosts.set(written, bare);
  }
  if (bare === null) return undefined;
  const { host, kind, name } = bare;

  let p = run.end;
  let port: string | null = null;
  if (text[p] === ':') {
    let q = p + 1;
    while (q < n && q - p <= 6 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
    if (q > p + 1 && q - p <= 6 && !isLabelChar(text, q)) {
      port = text.slice(p + 1, q);
      p = q;
    }
  }
  const hasPath = p < n && PATH_START.includes(text[p] ?? '');
  if (mode === 'text' && !hasPath && port === null) {
    if (kind === 'ipv4') return undefined; // a version number or a date, not a server
    if (looksLikeWordsNotDomain(run, host, name)) return undefined;
  }
  const end = hasPath ? Math.max(p, trimEnd(text, start, stopAfter(text, p))) : p;
  return {
    start,
    end,
    url: refang(text.slice(start, end)),
    scheme: null,
    userinfo: null,
    host,
    kind,
    port,
    path: refang(text.slice(p, end)),
  };
}

/**
 * Finds links in `text` in one left-to-right pass (each character is looked at a bounded
 * number of times, so adversarial input stays linear): URLs with a scheme (`http`, `https`,
 * `hxxp`, `hxxps`), `www.` hosts and bare domains, including de-fanged dots. Texts scanned
 * together (the turns of a conversation) may share `bareHosts`.
 */
export function scanUrls(text: string, mode: ScanMode, bareHosts: BareHostCache = new Map()): ScannedUrl[] {
  const n = text.length;
  const found: ScannedUrl[] = [];
  let i = 0;
  while (i < n) {
    // Only a word with a scheme or a dot after it can be a link: go straight to the next one.
    MAY_START.lastIndex = i;
    const next = MAY_START.exec(text);
    if (next === null) break;
    let start = next.index;
    while (start > i && labelCharBefore(text, start)) start = startOfCharBefore(text, start);
    i = start;
    const c = text.charCodeAt(i);
    if ((c === 104 || c === 72) && !labelCharBefore(text, i)) {
      SCHEME.lastIndex = i;
      const scheme = SCHEME.exec(text);
      if (scheme) {
        const link = readSchemed(text, i, i + scheme[0].length);
        if (link) found.push(link);
        i = link ? link.end : i + scheme[0].length;
        continue;
      }
    }
    if (isLabelStart(text, i) && !labelCharBefore(text, i)) {
      // Most words are followed by no dot: they are skipped without reading a host.
      const end = labelRunEnd(text, i);
      if (dotLength(text, end) === 0) {
        i = end;
        continue;
      }
      const run = readHostRun(text, i);
      const link = readBare(text, mode, bareHosts, i, run);
      if (link) found.push(link);
      i = link ? link.end : run.end;
      continue;
    }
    i += 1;
  }
  return found;
}
