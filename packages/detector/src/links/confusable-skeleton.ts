/**
 * Letters from other scripts and digits that pass for Latin letters in a host name.
 * Mapped to the letter they imitate.
 */
const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h',
  о: 'o', п: 'n', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  һ: 'h', ӏ: 'l', ь: 'b', г: 'r',
  // Greek
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', γ: 'y', η: 'n',
  // Armenian and other Latin look-alikes
  օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n', ɡ: 'g', ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd',
  // leetspeak digits
  '0': 'o', '1': 'l', '3': 'e', '5': 's',
};

/**
 * Cyrillic, Greek and Armenian letters: one of these next to Latin letters in the same
 * label is never innocent.
 */
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u052f\u0530-\u058f]/u;
const LATIN = /[a-z]/;

/**
 * Folds a host label to what it looks like on screen, so `vietc0mbаnk` (with a zero and a
 * Cyrillic `а`) and `vietcombank` compare equal. Accents are dropped, look-alike letters
 * and digits mapped, `i` merged with `l` and `rn`/`vv` read as `m`/`w`.
 */
export function confusableSkeleton(label: string): string {
  let out = '';
  for (const ch of label.normalize('NFKD')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x300 && code <= 0x36f) continue; // combining accents
    out += CONFUSABLES[ch] ?? ch;
  }
  return out.replaceAll('i', 'l').replaceAll('rn', 'm').replaceAll('vv', 'w');
}

/** True when a label mixes Latin letters with Cyrillic, Greek or Armenian ones. */
export function isMixedScript(label: string): boolean {
  return LATIN.test(label) && OTHER_SCRIPT.test(label);
}
