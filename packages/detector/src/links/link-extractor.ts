import type { LinkCheckOptions } from './link-check-options.js';
import { assessLink } from './link-checker.js';
import type { LinkAssessment } from './link-checker.js';
import type { LinkFinding } from './link-finding.js';
import { reportedLinkMatcher } from './reported-links.js';
import { scanUrls } from './url-scanner.js';
import type { BareHostCache } from './url-scanner.js';

/** Finds and judges the links of one text; see {@link linkExtractor}. */
export type LinkExtractor = (text: string) => LinkFinding[];

/**
 * An {@link extractLinks} for many texts checked together (the turns of one conversation):
 * the reported list is prepared once and a link seen in several turns is judged once.
 */
export function linkExtractor(options: LinkCheckOptions = {}): LinkExtractor {
  const reported = options.reported ? reportedLinkMatcher(options.reported) : undefined;
  // The same link pasted many times is judged once.
  const judged = new Map<string, LinkAssessment>();
  const bareHosts: BareHostCache = new Map();
  return (text) =>
    scanUrls(text, 'text', bareHosts).map((link) => {
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
