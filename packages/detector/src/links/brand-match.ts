import type { Brand } from './brand.js';
import { BRAND_KEYWORDS, keywordEntry, letterMask, mayContain, skeletonEntry } from './brand-index.js';
import { confusableSkeleton, isMixedScript } from './confusable-skeleton.js';
import { editDistance } from './edit-distance.js';
import { BRAND_AFFIXES, LURE_WORDS } from './lure-words.js';
import { RISKY_TLDS } from './risky-tlds.js';
import { isMadeOfWords } from './word-segmenter.js';

/** How a host label imitates a brand. `strong` alone is enough to call the link suspicious. */
export interface BrandMatch {
  id: 'lookalike_domain' | 'brand_in_subdomain' | 'brand_in_hyphenated_domain' | 'homoglyph';
  brand?: Brand;
  strong: boolean;
}

/** Where the label sits: the registrable label (`vietcombank-xacminh` of `vietcombank-xacminh.top`) or a sub-domain label. */
export type LabelRole = 'registrable' | 'subdomain';

const DRESSING = [...LURE_WORDS, ...BRAND_AFFIXES];
/** Fan sites and news about these are common; their names alone are a weak sign. */
const LOW_STAKES = new Set(['game', 'media', 'education']);
const CLASSIC_TLDS = new Set(['com', 'net', 'org']);

/** Names that are everyday Vietnamese phrases ("congan", "chinhphu"): a typo of them is another word. */
const NO_TYPO_CHECK = new Set(['government', 'media', 'education']);

const isSensitive = (brand: Brand): boolean => !LOW_STAKES.has(brand.category);

/** The keywords a typo is looked for: six letters or more, of brands whose names are no everyday words. */
const TYPO_KEYWORDS = BRAND_KEYWORDS.filter((entry) => entry.keyword.length >= 6 && !NO_TYPO_CHECK.has(entry.brand.category));

/** Lower-case, without Vietnamese accents, so `vietcombánk` reads `vietcombank`. */
function foldAccents(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replaceAll('đ', 'd')
    .toLowerCase();
}

function exactNameStrength(suffix: string): boolean {
  const tld = suffix.slice(suffix.lastIndexOf('.') + 1);
  if (RISKY_TLDS.has(tld)) return true;
  // The same name under .com or a country ending is often the brand's own unlisted site.
  return !(CLASSIC_TLDS.has(tld) || tld.length === 2);
}

function containedBrand(tokens: string[], compact: string, role: LabelRole): BrandMatch | undefined {
  const id = role === 'subdomain' ? 'brand_in_subdomain' : 'brand_in_hyphenated_domain';
  let weak: BrandMatch | undefined;
  // Every way of finding a keyword below needs it inside `compact`.
  const letters = letterMask(compact);
  for (const { keyword, keywordLetters, brand } of BRAND_KEYWORDS) {
    if (!mayContain(letters, keywordLetters)) continue;
    let rest: string[];
    const tokenAt = tokens.indexOf(keyword);
    if (tokenAt >= 0) {
      rest = tokens.filter((_, i) => i !== tokenAt);
    } else {
      const at = keyword.length >= 6 ? compact.indexOf(keyword) : -1;
      if (at >= 0) rest = [compact.slice(0, at), compact.slice(at + keyword.length)];
      else if (keyword.length >= 4 && compact.startsWith(keyword)) rest = [compact.slice(keyword.length)];
      else if (keyword.length >= 4 && compact.endsWith(keyword)) rest = [compact.slice(0, -keyword.length)];
      else continue;
    }
    const dressed = rest.every((part) => isMadeOfWords(part, DRESSING));
    // Short names inside longer words are coincidences ("pineapple") unless dressed up.
    if (!dressed && tokenAt < 0 && keyword.length < 6) continue;
    const strong = dressed && isSensitive(brand);
    if (strong) return { id, brand, strong };
    weak ??= { id, brand, strong: false };
  }
  return weak;
}

/** Bits set in `mask`. */
function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/** `skeletons[i]` is the confusable skeleton of `candidates[i]`. */
function homoglyphBrand(candidates: string[], skeletons: string[]): BrandMatch | undefined {
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i] ?? '';
    const skeleton = skeletons[i] ?? '';
    const same = skeletonEntry(skeleton);
    if (same && same.keyword !== candidate) return { id: 'homoglyph', brand: same.brand, strong: true };
    const letters = letterMask(skeleton);
    for (const entry of BRAND_KEYWORDS) {
      if (entry.keyword.length < 6) break;
      if (!mayContain(letters, entry.skeletonLetters)) continue;
      if (skeleton.includes(entry.skeleton) && !candidate.includes(entry.keyword)) {
        return { id: 'homoglyph', brand: entry.brand, strong: true };
      }
    }
  }
  return undefined;
}

function typoBrand(candidates: string[], skeletons: string[]): BrandMatch | undefined {
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i] ?? '';
    if (candidate.length < 5 || keywordEntry(candidate)) continue;
    const skeleton = skeletons[i] ?? '';
    const letters = letterMask(skeleton);
    for (const entry of TYPO_KEYWORDS) {
      const length = entry.keyword.length;
      const max = length >= 9 ? 2 : 1;
      if (Math.abs(skeleton.length - entry.skeleton.length) > max) continue;
      // Short names differing in the first letter are other words ("arena" vs "garena").
      if (max === 1 && skeleton[0] !== entry.skeleton[0]) continue;
      // Each letter one has and the other lacks takes an edit: more than `max` of them and
      // the distance is too (the same bound editDistance starts with, on the masks alone).
      if (bitCount(letters & ~entry.skeletonLetters) > max || bitCount(entry.skeletonLetters & ~letters) > max) continue;
      const distance = editDistance(skeleton, entry.skeleton, max);
      if (distance > 0 && distance <= max) return { id: 'lookalike_domain', brand: entry.brand, strong: true };
    }
  }
  return undefined;
}

/**
 * How one host label (already decoded from Punycode) imitates a listed brand, if it does:
 * the brand's name under another domain, a brand name with extra words, letters swapped
 * for look-alikes, or a typo of the name.
 *
 * @param suffix the host's public suffix, which decides how strong an exact name is.
 */
export function matchBrandLabel(label: string, role: LabelRole, suffix: string): BrandMatch | undefined {
  const folded = foldAccents(label);
  const tokens = folded.split('-').filter((t) => t.length > 0);
  const compact = tokens.join('');
  const exact = keywordEntry(compact);
  if (exact) {
    return role === 'subdomain'
      ? { id: 'brand_in_subdomain', brand: exact.brand, strong: isSensitive(exact.brand) }
      : { id: 'lookalike_domain', brand: exact.brand, strong: exactNameStrength(suffix) };
  }
  const candidates = tokens.length > 1 ? [compact, ...tokens] : [compact];
  const contained = containedBrand(tokens, compact, role);
  if (contained?.strong) return contained;
  const skeletons = candidates.map(confusableSkeleton);
  const disguised = homoglyphBrand(candidates, skeletons) ?? (role === 'registrable' ? typoBrand(candidates, skeletons) : undefined);
  if (disguised) return disguised;
  if (contained) return contained;
  if (isMixedScript(folded)) return { id: 'homoglyph', strong: true };
  return undefined;
}
