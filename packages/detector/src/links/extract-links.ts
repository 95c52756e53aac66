import type { LinkCheckOptions } from './link-check-options.js';
import { assessLink } from './link-checker.js';
import type { LinkAssessment } from './link-checker.js';
import type { LinkFinding } from './link-finding.js';
import { reportedLinkMatcher } from './reported-links.js';
import { scanUrls } from './url-scanner.js';

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
  const reported = options.reported ? reportedLinkMatcher(options.reported) : undefined;
  // The same link pasted many times is judged once.
  const judged = new Map<string, LinkAssessment>();
  return scanUrls(text, 'text').map((link) => {
    let assessment = judged.get(link.url);
    if (!assessment) {
      assessment = assessLink(link, reported);
      judged.set(link.url, assessment);
    }
    return {
      url: link.url,
      ...assessment,
      reasons: assessment.reasons.map((reason) => ({ ...reason })),
      span: { start: link.start, end: link.end, text: text.slice(link.start, link.end) },
    };
  });
}
