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

/**
 * The words ("chunks": runs between separators) that pass 1 leaves for pass 2, by where they
 * start in pass 1's output, ascending: those with punctuation classes inside, or with
 * leetspeak digits (0, 1, 3, 4) next to letters. Every other word is already what pass 2
 * would make of it. Shared like the scratch buffers; grown for a huge text, never shrunk
 * (four bytes per flagged word).
 */
let flagged = new Int32Array(64);
let flaggedCount = 0;

function flag(chunk: number): void {
  if (flaggedCount === flagged.length) {
    const grown = new Int32Array(flagged.length * 2);
    grown.set(flagged);
    flagged = grown;
  }
  flagged[flaggedCount++] = chunk;
}

/**
 * Pass 1: code points to folded characters and punctuation classes; lists in `flagged` the
 * words pass 2 has to resolve. Punctuation that ends a word ("nhé,", "đi!", "vậy.") becomes
 * a separator at once, as pass 2 would make it whatever came before. Returns whether the
 * text has Vietnamese marks.
 */
function foldChars(text: string, out: CharBuffer): boolean {
  let marks = false;
  flaggedCount = 0;
  // Where the word being read starts in `out`, whether it is flagged, and whether it has a
  // letter and a leetspeak digit so far.
  let chunk = 0;
  let isFlagged = false;
  let letter = false;
  let leet = false;
  const run = { code: -1 };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const next = i + (cp > 0xffff ? 2 : 1);
    const f = foldCodePoint(cp);
    if (f >= FIRST_CHAR) {
      if (!marks && cp >= 0xc0 && isVietnameseMark(cp)) marks = true;
      pushChar(out, f, i, next, run);
      if (isLetter(f)) letter = true;
      else if (isLeetable(f)) leet = true;
      if (letter && leet && !isFlagged) {
        flag(chunk);
        isFlagged = true;
      }
    } else if (f === DROP) {
      if (!marks && isVietnameseMark(cp)) marks = true;
      if (out.length > 0) out.extendLast(next);
    } else if (f === MULTI) {
      const word = foldMulti(cp);
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k);
        if (c === SPACE) {
          pushSep(out, false, i, next);
          chunk = out.length;
          isFlagged = false;
          letter = false;
          leet = false;
          continue;
        }
        pushChar(out, c, i, next, run);
        if (isLetter(c)) letter = true;
        else if (isLeetable(c)) leet = true;
        if (letter && leet && !isFlagged) {
          flag(chunk);
          isFlagged = true;
        }
      }
      if (word.endsWith(' ')) run.code = -1;
    } else if (f === SEP || f === BREAK || next === text.length || isSep(foldCodePoint(text.codePointAt(next) ?? 0))) {
      // A separator, or punctuation ending a word, which pass 2 would make a separator (a
      // break after `.`, `,` or `!`) whatever came before it.
      pushSep(out, f === BREAK || f === JOIN_DOT || f === LEET_BANG, i, next);
      run.code = -1;
      chunk = out.length;
      isFlagged = false;
      letter = false;
      leet = false;
    } else {
      out.push(f, i, next);
      run.code = -1;
      if (!isFlagged) {
        flag(chunk);
        isFlagged = true;
      }
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

/**
 * Pass 2: resolves punctuation by its neighbours, leetspeak and dotted letters, chunk by
 * chunk, in place: every character read gives at most one, so what is written never
 * overtakes what is still to be read (`b` is `a` emptied; `total` is what `a` held).
 */
function resolveChunks(a: CharBuffer, total: number): void {
  const b = a;
  b.length = 0;
  const run = { code: -1 };
  let i = 0;
  let pending = 0;
  while (i < total) {
    // Nothing has shrunk yet: up to the next flagged word, everything stays where it is —
    // unless a resolved word ended in a separator that this one must merge into.
    if (b.length === i && !(i > 0 && isSep(b.codes[i - 1] ?? 0) && isSep(a.codes[i] ?? 0))) {
      while (pending < flaggedCount && (flagged[pending] ?? 0) < i) pending++;
      const to = pending < flaggedCount ? (flagged[pending] ?? total) : total;
      if (to > i) {
        b.length = i = to;
        run.code = -1;
        continue;
      }
    }
    const c0 = a.codes[i] ?? 0;
    if (isSep(c0)) {
      pushSep(b, c0 === BREAK, a.starts[i] ?? 0, a.ends[i] ?? 0);
      run.code = -1;
      i++;
      continue;
    }
    let j = i;
    let plain = true;
    for (; j < total; j++) {
      const c = a.codes[j] ?? 0;
      if (isSep(c)) break;
      if (c < FIRST_CHAR || isLeetable(c)) plain = false;
    }
    if (plain) {
      // Only letters and digits that are no leetspeak: nothing to resolve, pass 1 already
      // folded elongation, so the word stays as it is — moved down when something before
      // it shrank, else not even copied.
      if (b.length === i) b.length = j;
      else for (let k = i; k < j; k++) b.push(a.codes[k] ?? 0, a.starts[k] ?? 0, a.ends[k] ?? 0);
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
const SCRATCH_C = new CharBuffer(256);
const SCRATCH_D = new CharBuffer(256);

/**
 * A short word packed into one number, six bits per character (the passes pack the text's
 * words with `packStep` as they read them), so the word lists can be looked up without
 * cutting a string out of the text for every word.
 */
const packStep = (key: number, c: number): number => key * 64 + (c >= 97 ? c - 96 : c - 48 + 27);
function pack(word: string): number {
  let key = 0;
  for (let k = 0; k < word.length; k++) key = packStep(key, word.charCodeAt(k));
  return key;
}
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

/**
 * The word lists above, merged into one open-addressing table over the packed words: a word
 * is looked up once, and without handing a non-integer number to a `Map` (which boxes it).
 * Per entry: its votes and expansions, at the index `lookUpWord` returns.
 */
const WORD_NAMES = [...new Set([...VI_WORDS, ...EN_WORDS, ...TEENCODE.keys(), ...TEENCODE_VI.keys()])].filter(
  (word) => word.length <= MAX_PACKED,
);
const WORD_KEYS = WORD_NAMES.map(pack);
const WORD_VI = Int32Array.from(WORD_KEYS, (key) => VOTES.get(key)?.vi ?? 0);
const WORD_EN = Int32Array.from(WORD_KEYS, (key) => VOTES.get(key)?.en ?? 0);
const WORD_EXPANSION = WORD_KEYS.map((key) => EXPANSION.get(key));
const WORD_EXPANSION_VI = WORD_KEYS.map((key) => EXPANSION_VI.get(key));
let wordSlots = 16;
while (wordSlots < 2 * WORD_KEYS.length) wordSlots *= 2;
const WORD_MASK = wordSlots - 1;
const WORD_TABLE_KEYS = new Float64Array(wordSlots).fill(-1);
const WORD_TABLE_INDEX = new Int32Array(wordSlots);
/** An FNV-style hash of a word's codes, mixed as it is packed: the first slot to probe. */
const WORD_HASH_START = 0x811c9dc5;
const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
const slotOf = (h: number): number => (h ^ (h >>> 15)) & WORD_MASK;
WORD_KEYS.forEach((key, index) => {
  const word = WORD_NAMES[index] ?? '';
  let h = WORD_HASH_START;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  let slot = slotOf(h);
  while (WORD_TABLE_KEYS[slot] !== -1) slot = (slot + 1) & WORD_MASK;
  WORD_TABLE_KEYS[slot] = key;
  WORD_TABLE_INDEX[slot] = index;
});

/** The index of "k", which after a number is an amount ("100 k"), not "không". */
const K_INDEX = WORD_NAMES.indexOf('k');

/**
 * The index in the merged word lists of a word, or -1, from its hash (`hashStep` over its
 * codes from `WORD_HASH_START`) and its key (`packStep` likewise from 0), which the passes
 * compute while they read the word.
 */
function lookUpWord(h: number, key: number): number {
  for (let slot = slotOf(h); ; slot = (slot + 1) & WORD_MASK) {
    const at = WORD_TABLE_KEYS[slot] ?? -1;
    if (at === key) return WORD_TABLE_INDEX[slot] ?? -1;
    if (at === -1) return -1;
  }
}

const MAX_VOTED = Math.min(MAX_PACKED, Math.max(...[...VI_WORDS, ...EN_WORDS, ...TEENCODE.keys()].map((w) => w.length)));
const MAX_EXPANDED = Math.max(...[...TEENCODE.keys(), ...TEENCODE_VI.keys()].map((w) => w.length));

/**
 * Every runtime the detector runs in (browsers, Node) has `TextDecoder`; the ES library types
 * do not declare it. Decoding bytes is about twice as fast as `String.fromCharCode` over the
 * codes, and folded text is ASCII, which any single-byte decoding reads alike.
 */
declare const TextDecoder: new (label: string) => { decode(bytes: Uint8Array): string };
const ASCII = new TextDecoder('latin1');
/** The folded text as bytes; given back after a huge text, like the scratch buffers. */
let foldedBytes = new Uint8Array(256);

/** What one walk over the words of a text tells. */
interface WordFacts {
  lang: 'vi' | 'en';
  /** Some word is an abbreviation that pass 4 may expand. */
  abbreviated: boolean;
  /** Four or more single-letter words follow each other: pass 3 has work to do. */
  spaced: boolean;
}

/**
 * The language of a text by a vote of its frequent words (Vietnamese marks count for
 * Vietnamese), whether any word is an abbreviation, and whether single letters stand in a
 * row — one walk over the words instead of one per question.
 */
function voteLanguage(c: CharBuffer, marks: boolean): WordFacts {
  const codes = c.codes;
  let vi = marks ? 2 : 0;
  let en = 0;
  let abbreviated = false;
  let spaced = false;
  let singles = 0;
  for (let i = 0; i < c.length; ) {
    // The word is hashed as it is read; only short words are looked up.
    let j = i;
    let h = WORD_HASH_START;
    let key = 0;
    for (; j < c.length; j++) {
      const code = codes[j] ?? 0;
      if (isSep(code)) break;
      h = hashStep(h, code);
      key = packStep(key, code);
    }
    if (j - i === 1 && isLetter(codes[i] ?? 0)) {
      if (++singles === 4) spaced = true;
    } else {
      singles = 0;
    }
    if (j - i <= MAX_VOTED) {
      const index = lookUpWord(h, key);
      if (index >= 0) {
        vi += WORD_VI[index] ?? 0;
        en += WORD_EN[index] ?? 0;
        if (!abbreviated && j - i <= MAX_EXPANDED) {
          abbreviated = WORD_EXPANSION[index] !== undefined || WORD_EXPANSION_VI[index] !== undefined;
        }
      }
    }
    i = j + 1;
  }
  return { lang: en > vi ? 'en' : 'vi', abbreviated, spaced };
}

/** Pass 4: expands teencode word by word, once the language of the text is known. */
function expandTeencode(c: CharBuffer, d: CharBuffer, lang: 'vi' | 'en'): void {
  const codes = c.codes;
  let prevNumeric = false;
  for (let i = 0; i < c.length; ) {
    let j = i;
    let h = WORD_HASH_START;
    let key = 0;
    for (; j < c.length; j++) {
      const code = codes[j] ?? 0;
      if (isSep(code)) break;
      h = hashStep(h, code);
      key = packStep(key, code);
    }
    if (i > 0) d.push(codes[i - 1] ?? SEP, c.starts[i - 1] ?? 0, c.ends[i - 1] ?? 0);
    let expansion: string | undefined;
    if (j - i <= MAX_EXPANDED) {
      const index = lookUpWord(h, key);
      if (index >= 0) {
        expansion = WORD_EXPANSION[index];
        // "100 k" is an amount, not "không".
        if (expansion === undefined && lang === 'vi' && !(prevNumeric && index === K_INDEX)) expansion = WORD_EXPANSION_VI[index];
      }
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
const SLAB = 65_536;
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
  if (flaggedCount > 0) resolveChunks(a, a.length);
  const b = a;
  if (b.length > 0 && isSep(b.lastCode())) b.length--;
  // Passes 3 and 4 run only when there is something to join or expand.
  let c = b;
  let facts = voteLanguage(b, marks);
  if (facts.spaced) {
    // The joined words vote again: "c o n g a n" is one word, "congan".
    c = SCRATCH_C.reset(b.length + 8);
    joinSpacedLetters(b, c);
    facts = voteLanguage(c, marks);
  }
  const { lang, abbreviated } = facts;
  let d = c;
  if (abbreviated) {
    d = SCRATCH_D.reset(c.length + 16);
    expandTeencode(c, d, lang);
  }
  // One loop turns classes into spaces and copies the map out of the scratch buffer (for
  // short texts a loop beats `set` over `subarray` views).
  const length = d.length;
  const { memory, offset } = reserve(length * 9);
  const starts = new Int32Array(memory, offset, length);
  const ends = new Int32Array(memory, offset + length * 4, length);
  const breaks = new Uint8Array(memory, offset + length * 8, length);
  if (foldedBytes.length < length) foldedBytes = new Uint8Array(Math.max(length, 2 * foldedBytes.length));
  const bytes = foldedBytes;
  for (let i = 0; i < length; i++) {
    const code = d.codes[i] ?? 0;
    if (code < FIRST_CHAR) {
      breaks[i] = code === BREAK ? 1 : 0;
      bytes[i] = SPACE;
    } else {
      bytes[i] = code;
    }
    starts[i] = d.starts[i] ?? 0;
    ends[i] = d.ends[i] ?? 0;
  }
  const out: NormalizedText = { original: text, folded: ASCII.decode(bytes.subarray(0, length)), starts, ends, breaks, lang };
  if (foldedBytes.length > RETAINED_CAPACITY) foldedBytes = new Uint8Array(256);
  SCRATCH_A.shrink(RETAINED_CAPACITY);
  SCRATCH_C.shrink(RETAINED_CAPACITY);
  SCRATCH_D.shrink(RETAINED_CAPACITY);
  return out;
}
