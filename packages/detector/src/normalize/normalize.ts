import { CharBuffer } from './char-buffer.js';
import {
  APOSTROPHE,
  BREAK,
  DROP,
  FIRST_CHAR,
  JOIN_DASH,
  JOIN_DOT,
  LEET_AT,
  LEET_BANG,
  LEET_DOLLAR,
  MULTI,
  SEP,
  foldCodePoint,
  foldMulti,
} from './fold-char.js';
import { EN_WORDS, TEENCODE, TEENCODE_VI, VI_WORDS } from './teencode.js';

/**
 * A text folded for matching, with the way back to the original.
 *
 * `folded` holds only `a-z`, `0-9` and single spaces: no diacritics, no case, no obfuscation,
 * teencode expanded. Character `i` of `folded` came from `original.slice(starts[i], ends[i])`,
 * so a match `[a, b)` in `folded` is `[starts[a], ends[b - 1])` in the original
 * (see {@link toOriginalSpan}).
 */
export interface NormalizedText {
  readonly original: string;
  readonly folded: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 where a space of `folded` stands for a clause break (newline, `.`, `,`, `?`, `!`…). */
  readonly breaks: Uint8Array;
  /** `en` when English words dominate; single-letter teencode is then left alone. */
  readonly lang: 'vi' | 'en';
}

const SPACE = 32;
const isLetter = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSep = (c: number): boolean => c === SEP || c === BREAK;
/** Leetspeak: 0→o, 1→i, 3→e, 4→a, !→i, @→a, $→s; a table indexed by code (0 = not leetspeak). */
const LEET = new Uint8Array(128);
for (const [from, to] of [[48, 111], [49, 105], [51, 101], [52, 97], [LEET_BANG, 105], [LEET_AT, 97], [LEET_DOLLAR, 115]] as const) {
  LEET[from] = to;
}

function pushSep(buf: CharBuffer, brk: boolean, start: number, end: number): void {
  if (buf.length === 0) return;
  const last = buf.length - 1;
  if (isSep(buf.codes[last] ?? 0)) {
    buf.ends[last] = end;
    if (brk) buf.codes[last] = BREAK;
    return;
  }
  buf.push(brk ? BREAK : SEP, start, end);
}

/** Pushes a letter or digit, folding runs of three or more equal letters into one ("điiii"). */
function pushChar(buf: CharBuffer, code: number, start: number, end: number, run: { code: number }): void {
  const n = buf.length;
  if (isLetter(code) && n > 0 && buf.codes[n - 1] === code) {
    if (run.code === code) {
      buf.ends[n - 1] = end;
      return;
    }
    if (n > 1 && buf.codes[n - 2] === code) {
      buf.length = n - 1;
      buf.ends[n - 2] = end;
      run.code = code;
      return;
    }
  } else {
    run.code = -1;
  }
  buf.push(code, start, end);
}

function isVietnameseMark(cp: number): boolean {
  return (cp >= 0xc0 && cp <= 0x1b0) || (cp >= 0x1ea0 && cp <= 0x1ef9) || (cp >= 0x300 && cp <= 0x323);
}

/** Pass 1: code points to folded characters and punctuation classes. */
function foldChars(text: string, out: CharBuffer): boolean {
  let marks = false;
  const run = { code: -1 };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const next = i + (cp > 0xffff ? 2 : 1);
    const f = foldCodePoint(cp);
    if (f >= FIRST_CHAR) {
      if (!marks && cp >= 0xc0 && isVietnameseMark(cp)) marks = true;
      pushChar(out, f, i, next, run);
    } else if (f === DROP) {
      if (!marks && isVietnameseMark(cp)) marks = true;
      if (out.length > 0) out.extendLast(next);
    } else if (f === SEP || f === BREAK) {
      pushSep(out, f === BREAK, i, next);
      run.code = -1;
    } else if (f === MULTI) {
      const word = foldMulti(cp);
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k);
        if (c === SPACE) pushSep(out, false, i, next);
        else pushChar(out, c, i, next, run);
      }
      if (word.endsWith(' ')) run.code = -1;
    } else {
      out.push(f, i, next);
      run.code = -1;
    }
    i = next;
  }
  return marks;
}

/** True when a chunk is single letters joined by dots or dashes ("c.ô.n.g", "o-t-p"). */
function isDottedLetters(a: CharBuffer, from: number, to: number): boolean {
  if (to - from < 3 || (to - from) % 2 === 0) return false;
  for (let k = from; k < to; k++) {
    const c = a.codes[k] ?? 0;
    if ((k - from) % 2 === 0 ? !isLetter(c) : c !== JOIN_DOT && c !== JOIN_DASH) return false;
  }
  return true;
}

function isLeetable(c: number): boolean {
  return c < 128 && LEET[c] !== 0;
}

/**
 * Letters in the run of letters and leetspeak characters from `from`: "0TP" reads as "otp"
 * when the rest of the word is letters. Counting raw letters keeps the decision the same when
 * the already-folded text is folded again.
 */
function lettersAhead(a: CharBuffer, from: number, to: number): number {
  let letters = 0;
  for (let k = from; k < to; k++) {
    const c = a.codes[k] ?? 0;
    if (isLetter(c)) letters++;
    else if (!isLeetable(c)) break;
  }
  return letters;
}

/** Pass 2: resolves punctuation by its neighbours, leetspeak and dotted letters, chunk by chunk. */
function resolveChunks(a: CharBuffer, b: CharBuffer): void {
  const run = { code: -1 };
  let i = 0;
  while (i < a.length) {
    const c0 = a.codes[i] ?? 0;
    if (isSep(c0)) {
      pushSep(b, c0 === BREAK, a.starts[i] ?? 0, a.ends[i] ?? 0);
      run.code = -1;
      i++;
      continue;
    }
    let j = i;
    let plain = true;
    for (; j < a.length; j++) {
      const c = a.codes[j] ?? 0;
      if (isSep(c)) break;
      if (c < FIRST_CHAR || isLeetable(c)) plain = false;
    }
    if (plain) {
      // Only letters and digits that are no leetspeak: nothing to resolve, pass 1 already
      // folded elongation, so the word is copied as it is.
      for (let k = i; k < j; k++) b.push(a.codes[k] ?? 0, a.starts[k] ?? 0, a.ends[k] ?? 0);
      i = j;
      continue;
    }
    let core = j;
    while (core > i && (a.codes[core - 1] ?? 0) < FIRST_CHAR) core--;
    if (isDottedLetters(a, i, core)) {
      for (let k = i; k < core; k += 2) pushChar(b, a.codes[k] ?? 0, a.starts[k] ?? 0, a.ends[k] ?? 0, run);
      resolveRange(a, b, core, j, run);
    } else {
      resolveRange(a, b, i, j, run);
    }
    i = j;
  }
}

function resolveRange(a: CharBuffer, b: CharBuffer, from: number, to: number, run: { code: number }): void {
  let k = from;
  while (k < to) {
    const c = a.codes[k] ?? 0;
    const s = a.starts[k] ?? 0;
    const e = a.ends[k] ?? 0;
    if (isLeetable(c)) {
      let m = k;
      while (m < to && isLeetable(a.codes[m] ?? 0)) m++;
      const last = b.lastCode();
      const nextLetter = m < to && isLetter(a.codes[m] ?? 0);
      if (isLetter(last) && nextLetter) {
        for (let q = k; q < m; q++) pushChar(b, LEET[a.codes[q] ?? 0] ?? 0, a.starts[q] ?? 0, a.ends[q] ?? 0, run);
      } else if ((last < 0 || isSep(last)) && m - k === 1 && c === 48 && nextLetter && lettersAhead(a, m, to) >= 2) {
        pushChar(b, 111, s, e, run);
      } else {
        for (let q = k; q < m; q++) {
          const cq = a.codes[q] ?? 0;
          const atWordStart = b.length === 0 || isSep(b.lastCode());
          if (cq === 48 && q === m - 1 && atWordStart && nextLetter && lettersAhead(a, m, to) >= 2) {
            pushChar(b, 111, a.starts[q] ?? 0, a.ends[q] ?? 0, run);
          } else if (cq >= FIRST_CHAR) pushChar(b, cq, a.starts[q] ?? 0, a.ends[q] ?? 0, run);
          else {
            pushSep(b, cq === LEET_BANG, a.starts[q] ?? 0, a.ends[q] ?? 0);
            run.code = -1;
          }
        }
      }
      k = m;
      continue;
    }
    if (c >= FIRST_CHAR) {
      pushChar(b, c, s, e, run);
    } else {
      const last = b.lastCode();
      const next = k + 1 < to ? (a.codes[k + 1] ?? 0) : -1;
      if (c === JOIN_DOT && isDigit(last) && isDigit(next) && !numberAfterLetter(b)) b.extendLast(e);
      else if (c === APOSTROPHE && isLetter(last) && isLetter(next)) b.extendLast(e);
      else {
        pushSep(b, c === JOIN_DOT, s, e);
        run.code = -1;
      }
    }
    k++;
  }
}

/** True when the digits at the end of `b` follow a letter ("a1" in "a1.1a" is not an amount). */
function numberAfterLetter(b: CharBuffer): boolean {
  let k = b.length - 1;
  while (k >= 0 && isDigit(b.codes[k] ?? 0)) k--;
  return k >= 0 && isLetter(b.codes[k] ?? 0);
}

/** True when four or more single-letter words follow each other: pass 3 has work to do. */
function hasSpacedLetters(b: CharBuffer): boolean {
  let run = 0;
  for (let i = 0; i < b.length; ) {
    let j = i;
    while (j < b.length && !isSep(b.codes[j] ?? 0)) j++;
    if (j - i === 1 && isLetter(b.codes[i] ?? 0)) {
      if (++run === 4) return true;
    } else {
      run = 0;
    }
    i = j + 1;
  }
  return false;
}

/** Pass 3: joins runs of four or more single letters ("c o n g a n" → "congan"). */
function joinSpacedLetters(b: CharBuffer, c: CharBuffer): void {
  const run = { code: -1 };
  const single = (k: number): boolean =>
    k < b.length && isLetter(b.codes[k] ?? 0) && (k + 1 >= b.length || isSep(b.codes[k + 1] ?? 0));
  let i = 0;
  while (i < b.length) {
    // `i` is always at the start of a word here.
    let count = 0;
    while (single(i + 2 * count)) count++;
    if (count >= 4) {
      for (let q = 0; q < count; q++) {
        const p = i + 2 * q;
        pushChar(c, b.codes[p] ?? 0, b.starts[p] ?? 0, b.ends[p] ?? 0, run);
      }
      i += 2 * count - 1;
    } else {
      while (i < b.length && !isSep(b.codes[i] ?? 0)) {
        pushChar(c, b.codes[i] ?? 0, b.starts[i] ?? 0, b.ends[i] ?? 0, run);
        i++;
      }
    }
    if (i < b.length) {
      pushSep(c, b.codes[i] === BREAK, b.starts[i] ?? 0, b.ends[i] ?? 0);
      run.code = -1;
      i++;
    }
  }
}

/** Scratch buffers keep room for texts up to about 2 MB; a bigger one's room is given back. */
const RETAINED_CAPACITY = 1 << 21;
const SCRATCH_A = new CharBuffer(256);
const SCRATCH_B = new CharBuffer(256);
const SCRATCH_C = new CharBuffer(256);
const SCRATCH_D = new CharBuffer(256);

/**
 * Short words packed into one number (six bits per character), so the
 * word lists can be looked up without cutting a string out of the text for every word.
 */
function packWord(codes: Uint16Array | string, from: number, to: number): number {
  let key = 0;
  for (let k = from; k < to; k++) {
    const c = typeof codes === 'string' ? codes.charCodeAt(k) : (codes[k] ?? 0);
    key = key * 64 + (c >= 97 ? c - 96 : c - 48 + 27);
  }
  return key;
}
const pack = (word: string): number => packWord(word, 0, word.length);
/** Words longer than this would not pack exactly into a double. */
const MAX_PACKED = 8;

/** Per packed word: its expansion, the expansion used only in Vietnamese text, and its language votes. */
const EXPANSION = new Map<number, string>();
const EXPANSION_VI = new Map<number, string>();
const VOTES = new Map<number, { vi: number; en: number }>();
for (const [key, value] of TEENCODE) EXPANSION.set(pack(key), value);
for (const [key, value] of TEENCODE_VI) EXPANSION_VI.set(pack(key), value);
for (const word of VI_WORDS) VOTES.set(pack(word), { vi: 1, en: 0 });
for (const word of EN_WORDS) if (!VOTES.has(pack(word))) VOTES.set(pack(word), { vi: 0, en: 1 });
// An abbreviation votes with the words it stands for ("ko" counts like "khong").
for (const [key, value] of TEENCODE) {
  VOTES.set(pack(key), { vi: value.split(' ').filter((w) => VI_WORDS.has(w)).length, en: 0 });
}
const K_WORD = pack('k');
/** Longest word with votes and longest abbreviation: longer words are not looked up at all. */
const MAX_VOTED = Math.min(MAX_PACKED, Math.max(...[...VI_WORDS, ...EN_WORDS, ...TEENCODE.keys()].map((w) => w.length)));
const MAX_EXPANDED = Math.max(...[...TEENCODE.keys(), ...TEENCODE_VI.keys()].map((w) => w.length));

function charsToString(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 4096) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 4096)) as unknown as number[]);
  }
  return out;
}

/**
 * The language of a text by a vote of its frequent words (Vietnamese marks count for
 * Vietnamese), and whether any word is an abbreviation that pass 4 may expand.
 */
function voteLanguage(c: CharBuffer, marks: boolean): { lang: 'vi' | 'en'; abbreviated: boolean } {
  const codes = c.codes;
  let vi = marks ? 2 : 0;
  let en = 0;
  let abbreviated = false;
  for (let i = 0; i < c.length; ) {
    let j = i;
    while (j < c.length && !isSep(codes[j] ?? 0)) j++;
    if (j - i <= MAX_VOTED) {
      const key = packWord(codes, i, j);
      const votes = VOTES.get(key);
      if (votes !== undefined) {
        vi += votes.vi;
        en += votes.en;
      }
      if (!abbreviated && j - i <= MAX_EXPANDED) abbreviated = EXPANSION.has(key) || EXPANSION_VI.has(key);
    }
    i = j + 1;
  }
  return { lang: en > vi ? 'en' : 'vi', abbreviated };
}

/** Pass 4: expands teencode word by word, once the language of the text is known. */
function expandTeencode(c: CharBuffer, d: CharBuffer, lang: 'vi' | 'en'): void {
  const codes = c.codes;
  let prevNumeric = false;
  for (let i = 0; i < c.length; ) {
    let j = i;
    while (j < c.length && !isSep(codes[j] ?? 0)) j++;
    if (i > 0) d.push(codes[i - 1] ?? SEP, c.starts[i - 1] ?? 0, c.ends[i - 1] ?? 0);
    let expansion: string | undefined;
    if (j - i <= MAX_EXPANDED) {
      const key = packWord(codes, i, j);
      expansion = EXPANSION.get(key);
      // "100 k" is an amount, not "không".
      if (expansion === undefined && lang === 'vi' && !(prevNumeric && key === K_WORD)) expansion = EXPANSION_VI.get(key);
    }
    if (expansion === undefined) {
      for (let q = i; q < j; q++) d.push(codes[q] ?? 0, c.starts[q] ?? 0, c.ends[q] ?? 0);
    } else {
      const s = c.starts[i] ?? 0;
      const e = c.ends[j - 1] ?? 0;
      for (let q = 0; q < expansion.length; q++) {
        const code = expansion.charCodeAt(q);
        d.push(code === SPACE ? SEP : code, s, e);
      }
    }
    prevNumeric = isDigit(codes[i] ?? 0) && isDigit(codes[j - 1] ?? 0);
    i = j + 1;
  }
}

/**
 * Memory for the maps of short texts is cut from shared slabs: allocating an ArrayBuffer
 * costs more than folding a short message. A text needing more than a quarter slab gets
 * its own buffer. A slab is freed once no result made from it is referenced.
 */
const SLAB = 16_384;
let slab = new ArrayBuffer(SLAB);
let slabUsed = 0;

/** `bytes` of zeroed memory at a 4-byte aligned offset. */
function reserve(bytes: number): { memory: ArrayBuffer; offset: number } {
  if (bytes > SLAB / 4) return { memory: new ArrayBuffer(bytes), offset: 0 };
  if (slabUsed + bytes > SLAB) {
    slab = new ArrayBuffer(SLAB);
    slabUsed = 0;
  }
  const offset = slabUsed;
  slabUsed += (bytes + 3) & ~3;
  return { memory: slab, offset };
}

/**
 * Folds a text for matching and keeps the map back to it. Pure and total: any string,
 * including lone surrogates, is accepted; `normalize(normalize(x).folded).folded` equals
 * `normalize(x).folded`.
 *
 * @example
 * normalize('Chuyển 5tr qua sđt này nhé').folded // 'chuyen 5tr qua so dien thoai nay nhe'
 */
export function normalize(text: string): NormalizedText {
  // Scratch buffers are shared: normalize is synchronous and never re-entered.
  const a = SCRATCH_A.reset(text.length + 8);
  const marks = foldChars(text, a);
  const b = SCRATCH_B.reset(a.length + 8);
  resolveChunks(a, b);
  if (b.length > 0 && isSep(b.lastCode())) b.length--;
  // Passes 3 and 4 copy their input unchanged when there is nothing to join or expand.
  let c = b;
  if (hasSpacedLetters(b)) {
    c = SCRATCH_C.reset(b.length + 8);
    joinSpacedLetters(b, c);
  }
  const { lang, abbreviated } = voteLanguage(c, marks);
  let d = c;
  if (abbreviated) {
    d = SCRATCH_D.reset(c.length + 16);
    expandTeencode(c, d, lang);
  }
  // One loop turns classes into spaces and copies the map out of the scratch buffer.
  const length = d.length;
  const { memory, offset } = reserve(length * 9);
  const starts = new Int32Array(memory, offset, length);
  const ends = new Int32Array(memory, offset + length * 4, length);
  const breaks = new Uint8Array(memory, offset + length * 8, length);
  for (let i = 0; i < length; i++) {
    const code = d.codes[i] ?? 0;
    if (code < FIRST_CHAR) {
      breaks[i] = code === BREAK ? 1 : 0;
      d.codes[i] = SPACE;
    }
    starts[i] = d.starts[i] ?? 0;
    ends[i] = d.ends[i] ?? 0;
  }
  const out: NormalizedText = { original: text, folded: charsToString(d.codes, length), starts, ends, breaks, lang };
  SCRATCH_A.shrink(RETAINED_CAPACITY);
  SCRATCH_B.shrink(RETAINED_CAPACITY);
  SCRATCH_C.shrink(RETAINED_CAPACITY);
  SCRATCH_D.shrink(RETAINED_CAPACITY);
  return out;
}
