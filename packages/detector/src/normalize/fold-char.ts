/**
 * Character-level folding: every UTF-16 code unit or code point is mapped, once and then from
 * a cache, to what the matcher sees — a lower-case ASCII letter or digit, a separator, nothing
 * (combining marks, zero-width characters) or a punctuation class whose fate depends on its
 * neighbours. Folding removes every diacritic, so both Vietnamese tone placements, NFC and NFD
 * input and text typed without diacritics all meet on one form.
 */

/** Not folded yet (cache marker). */
const UNKNOWN = 0;
/** A word separator (space, most punctuation, unknown symbols, lone surrogates). */
export const SEP = 1;
/** A clause-breaking separator (newline, `?`, `;`…): negation does not reach across it. */
export const BREAK = 2;
/** Invisible: combining marks, zero-width and format characters, variation selectors. */
export const DROP = 3;
/** `.` or `,`: dropped between digits (1.000.000), joins dotted letters (c.ô.n.g), else a break. */
export const JOIN_DOT = 4;
/** `-`, `_`, `*`: joins dotted letters, else a separator. */
export const JOIN_DASH = 5;
/** Apostrophe: dropped inside a word (don't → dont), else a separator. */
export const APOSTROPHE = 6;
/** Folds to several characters or a whole word (ligatures, emoji with a meaning); see {@link foldMulti}. */
export const MULTI = 7;
/** Leetspeak symbols `!`, `@`, `$`: letters when between letters, else separators. */
export const LEET_BANG = 8;
export const LEET_AT = 9;
export const LEET_DOLLAR = 10;
/** Values below this are classes; values from it up are folded character codes. */
export const FIRST_CHAR = 48;

const bmp = new Uint16Array(0x10000);
const multi = new Map<number, string>();
const astral = new Map<number, number>();

/** Cyrillic and Greek letters that look like Latin ones, used to disguise words. */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', һ: 'h', ո: 'n', ս: 'u',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', γ: 'y', ω: 'w', μ: 'u', đ: 'd', ð: 'd', ƌ: 'd', ı: 'i', ł: 'l', ø: 'o',
};

/**
 * Emoji that carry a meaning in scam and grooming scripts, folded to a Vietnamese word so the
 * rules and the model can use them (💸 "chuyển 💸 ngay").
 */
const EMOJI_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['tien', '💰💵💸🤑💴💶💷🏦'],
  ['qua', '🎁🎀'],
  ['thuoc', '💊💉'],
  ['nhay cam', '🔞🍑🍆'],
  ['thuong', '😘🥰😍💋❤💕💖💗💓💞😚'],
  ['bi mat', '🤫🤐'],
  ['co bac', '🎰🎲🃏'],
  ['khach san', '🏨'],
];
for (const [word, emojis] of EMOJI_WORDS) {
  for (const emoji of emojis) {
    const cp = emoji.codePointAt(0) ?? 0;
    if (cp > 0xffff) astral.set(cp, MULTI);
    else bmp[cp] = MULTI;
    multi.set(cp, ` ${word} `);
  }
}

const PUNCT_CLASS: Record<string, number> = {
  '.': JOIN_DOT, ',': JOIN_DOT, '-': JOIN_DASH, _: JOIN_DASH, '*': JOIN_DASH,
  "'": APOSTROPHE, '’': APOSTROPHE, '‘': APOSTROPHE, 'ʼ': APOSTROPHE, '`': APOSTROPHE,
  '!': LEET_BANG, '@': LEET_AT, $: LEET_DOLLAR,
  '\n': BREAK, '\r': BREAK, '?': BREAK, ';': BREAK, '…': BREAK, '。': BREAK, '！': LEET_BANG,
  '？': BREAK, '\u2028': BREAK, '\u2029': BREAK,
};

function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) || (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0xe0000 && cp <= 0xe007f) ||
    cp === 0xfeff || cp === 0xad || cp === 0x34f || cp === 0x180e || cp === 0x200d
  );
}

function compute(cp: number): number {
  if (isInvisible(cp)) return DROP;
  if (cp >= 0xd800 && cp <= 0xdfff) return SEP;
  const ch = String.fromCodePoint(cp);
  const punct = PUNCT_CLASS[ch];
  if (punct !== undefined) return punct;
  const lower = ch.toLowerCase();
  const alike = LOOK_ALIKES[lower];
  if (alike !== undefined) return alike.charCodeAt(0);
  let out = '';
  for (const c of lower.normalize('NFKD').toLowerCase()) {
    const code = c.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += c;
    else {
      const mapped = LOOK_ALIKES[c];
      if (mapped !== undefined) out += mapped;
    }
  }
  if (out.length === 0) {
    // Full-width and other compatibility punctuation keeps its class (．→ .).
    const compat = PUNCT_CLASS[ch.normalize('NFKC')];
    return compat ?? SEP;
  }
  if (out.length === 1) return out.charCodeAt(0);
  multi.set(cp, out);
  return MULTI;
}

/** The fold class or folded character code of a code point (see the class constants). */
export function foldCodePoint(cp: number): number {
  if (cp < 0x10000) {
    const cached = bmp[cp] ?? UNKNOWN;
    if (cached !== UNKNOWN) return cached;
    const value = compute(cp);
    bmp[cp] = value;
    return value;
  }
  const cached = astral.get(cp);
  if (cached !== undefined) return cached;
  const value = compute(cp);
  // Astral code points are mostly emoji; bound the cache so hostile input cannot grow it forever.
  if (astral.size < 4096) astral.set(cp, value);
  return value;
}

/**
 * The folded text of a {@link MULTI} code point. A leading or trailing space means the word
 * stands alone (emoji), otherwise it joins its neighbours (ligatures such as "ﬁ").
 */
export function foldMulti(cp: number): string {
  return multi.get(cp) ?? ' ';
}

// ASCII is hot: fill it eagerly.
for (let cp = 0; cp < 128; cp++) foldCodePoint(cp);
