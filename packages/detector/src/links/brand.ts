/** What kind of organisation a brand is; groups brands in explanations and tests. */
export type BrandCategory =
  | 'bank'
  | 'wallet'
  | 'telco'
  | 'government'
  | 'ecommerce'
  | 'delivery'
  | 'travel'
  | 'game'
  | 'social'
  | 'tech'
  | 'finance'
  | 'media'
  | 'education';

/** A brand people are tricked into trusting, with the domains that really are its own. */
export interface Brand {
  /** Stable kebab-case id, used as `LinkFinding.brand`. */
  id: string;
  /** Name as people write it. */
  name: string;
  /**
   * The brand's own domains. A host equal to one of them or under it is trusted. Entries
   * may be below the registrable domain (`ff.garena.com`) or a whole suffix (`gov.vn`).
   */
  domains: readonly string[];
  /**
   * Lower-case ASCII tokens that show up in look-alike hosts (`vietcombank`, `vcb`). Tokens
   * of 6+ letters are also found inside longer words and compared by edit distance; shorter
   * ones must stand alone between dots or hyphens (or before/after a lure word).
   */
  keywords: readonly string[];
  category: BrandCategory;
}
