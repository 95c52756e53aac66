import type { Brand } from './brand.js';
import { BRANDS } from './brands.js';
import { confusableSkeleton } from './confusable-skeleton.js';

/** A brand keyword with its look-alike skeleton, ready for matching. */
export interface BrandKeyword {
  keyword: string;
  skeleton: string;
  brand: Brand;
}

const byDomain = new Map<string, Brand>();
const byKeyword = new Map<string, BrandKeyword>();
const bySkeleton = new Map<string, BrandKeyword>();
for (const brand of BRANDS) {
  for (const domain of brand.domains) if (!byDomain.has(domain)) byDomain.set(domain, brand);
  for (const keyword of brand.keywords) {
    const entry = { keyword, skeleton: confusableSkeleton(keyword), brand };
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
