import type { LinkCheckOptions } from './link-check-options.js';
import type { LinkFinding } from './link-finding.js';
import { linkExtractor } from './link-extractor.js';

/**
 * Finds every link in a message and judges each one: URLs with or without a scheme,
 * `www.` hosts, bare domains with a known public suffix (`vietcombank-xacminh.top`,
 * `bit.ly/abc`) and de-fanged forms (`hxxps://`, `[.]`, `(.)`, `[dot]`). Abbreviations,
 * numbers and file names (`v.v.`, `TP.HCM`, `3.5`, `anh.jpg`) are not links. E-mail
 * addresses are left out.
 *
 * Never throws; runs in time linear in the length of `text`.
 *
 * @example
 * extractLinks('Nhận quà tại vietcombank-xacminh.top nhé')
 * // [{ url: 'vietcombank-xacminh.top', verdict: 'suspicious', brand: 'vietcombank',
 * //    reasons: [{ id: 'brand_in_hyphenated_domain', detail: 'vietcombank' }, …], … }]
 */
export function extractLinks(text: string, options: LinkCheckOptions = {}): LinkFinding[] {
  return linkExtractor(options)(text);
}
