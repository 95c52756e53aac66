/**
 * Links: find them in a message, or check one on its own, and explain what makes each one
 * trusted, suspicious or unknown.
 */
export type { Brand, BrandCategory } from './brand.js';
export { BRANDS } from './brands.js';
export { checkUrl } from './check-url.js';
export { extractLinks } from './extract-links.js';
export type { LinkCheckOptions } from './link-check-options.js';
export { LINK_REASON_IDS } from './link-finding.js';
export type { LinkFinding, LinkReason, LinkReasonHit, LinkVerdict } from './link-finding.js';
export { LINK_REASONS } from './link-reasons.js';
export { refang } from './refang.js';
