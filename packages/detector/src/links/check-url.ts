import type { LinkCheckOptions } from './link-check-options.js';
import { assessLink } from './link-checker.js';
import type { LinkFinding } from './link-finding.js';
import { reportedLinkMatcher } from './reported-links.js';
import { scanUrls } from './url-scanner.js';

/**
 * Judges a single link typed or pasted on its own. Any well-formed host is accepted (no
 * need for a known public suffix); surrounding spaces are ignored. When the input holds no
 * host at all, the result is `unknown` with an empty `host` and no reasons.
 *
 * @example
 * checkUrl('https://vietcombank.com.vn/').verdict // 'trusted'
 * checkUrl('bit.ly/qua-tang').reasons[0]?.id // 'shortener'
 */
export function checkUrl(url: string, options: LinkCheckOptions = {}): LinkFinding {
  const reported = options.reported ? reportedLinkMatcher(options.reported) : undefined;
  const [link] = scanUrls(url, 'single');
  if (!link) {
    const start = url.length - url.trimStart().length;
    const end = url.trimEnd().length;
    const text = url.slice(start, Math.max(start, end));
    return { url: text, host: '', domain: null, span: { start, end: start + text.length, text }, verdict: 'unknown', reasons: [] };
  }
  return {
    url: link.url,
    ...assessLink(link, reported),
    span: { start: link.start, end: link.end, text: url.slice(link.start, link.end) },
  };
}
