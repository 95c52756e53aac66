import type { Span } from '../types.js';

/**
 * Why a link looks risky. Ids are stable: the catalog ({@link LINK_REASONS}), lessons and
 * indicators refer to them.
 */
export const LINK_REASON_IDS = [
  'lookalike_domain',
  'brand_in_subdomain',
  'brand_in_hyphenated_domain',
  'homoglyph',
  'punycode',
  'ip_host',
  'shortener',
  'risky_tld',
  'lure_word',
  'credential_path',
  'userinfo_trick',
  'nonstandard_port',
  'free_hosting',
  'reported',
] as const;
export type LinkReason = (typeof LINK_REASON_IDS)[number];

/** One reason found on a link, with the value it rests on when that helps the explanation. */
export interface LinkReasonHit {
  id: LinkReason;
  /**
   * What triggered it, language-neutral: a brand id (`vietcombank`), a lure word
   * (`xacminh`), a TLD (`top`), a port (`8080`), the decoded host of a punycode name, the
   * text before `@`, the shortener domain or the reported entry as given.
   */
  detail?: string;
}

/**
 * - `trusted`: the host is (a sub-domain of) a listed brand's real domain;
 * - `suspicious`: at least one strong reason, or two weak ones;
 * - `unknown`: nothing known about it; weak reasons, if any, are listed.
 */
export type LinkVerdict = 'trusted' | 'suspicious' | 'unknown';

/** A link found in a text (or given alone), with its verdict and the reasons for it. */
export interface LinkFinding {
  /** The link as written, with de-fanging undone (`hxxp` → `http`, `[.]` → `.`). */
  url: string;
  /** Lower-cased host name (ASCII or Unicode as written; IPv6 without brackets); `''` when none. */
  host: string;
  /** Registrable domain by the Public Suffix List (`vietcombank.com.vn`); `null` for IPs. */
  domain: string | null;
  /** Where the link is in the original text; `span.text` is that exact slice. */
  span: Span;
  verdict: LinkVerdict;
  /** Strongest first. Empty for trusted and plain unknown links. */
  reasons: LinkReasonHit[];
  /** Id of the brand the link belongs to (trusted) or imitates (suspicious). */
  brand?: string;
}
