import type { Brand } from './brand.js';
import { BRANDS } from './brands.js';
import { confusableSkeleton } from './confusable-skeleton.js';

/** A brand keyword with its look-alike skeleton, ready for matching. */
export interface BrandKeyword {
  keyword: string;
  skeleton: string;
  /** {@link letterMask} of `keyword` and of `skeleton`. */
  keywordLetters: number;
  skeletonLetters: number;
  brand: Brand;
}

/**
 * A bit per letter `a`–`z` present in `word`, and one for any digit. A word can contain
 * another only if its mask covers the other's: a quick test before searching for it.
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
  }
  return mask;
}

/** True when `text` (with mask `textMask`) may contain a word with mask `wordMask`. */
export function mayContain(textMask: number, wordMask: number): boolean {
  return (wordMask & ~textMask) === 0;
}

const byDomain = new Map<string, Brand>();
const byKeyword = new Map<string, BrandKeyword>();
const bySkeleton = new Map<string, BrandKeyword>();
for (const brand of BRANDS) {
  for (const domain of brand.domains) if (!byDomain.has(domain)) byDomain.set(domain, brand);
  for (const keyword of brand.keywords) {
    const skeleton = confusableSkeleton(keyword);
    const entry = { keyword, skeleton, keywordLetters: letterMask(keyword), skeletonLetters: letterMask(skeleton), brand };
    if (!byKeyword.has(keyword)) byKeyword.set(keyword, entry);
    if (!bySkeleton.has(entry.skeleton)) bySkeleton.set(entry.skeleton, entry);
  }
}

/** Every brand keyword, longest first so that `vietcombank` wins over `vcb`. */
export const BRAND_KEYWORDS: readonly BrandKeyword[] = [...byKeyword.values()].sort(
  (a, b) => b.keyword.length - a.keyword.length,
);

/** The brand owning `host` (equal to or under one of its domains), if any. */
export function brandOfHost(host: string): Brand | undefined {
  let rest = host;
  for (;;) {
    const brand = byDomain.get(rest);
    if (brand) return brand;
    const dot = rest.indexOf('.');
    if (dot < 0) return undefined;
    rest = rest.slice(dot + 1);
  }
}

/** The keyword entry spelled exactly `word`. */
export function keywordEntry(word: string): BrandKeyword | undefined {
  return byKeyword.get(word);
}

/** The keyword entry whose look-alike skeleton is `skeleton`. */
export function skeletonEntry(skeleton: string): BrandKeyword | undefined {
  return bySkeleton.get(skeleton);
}
