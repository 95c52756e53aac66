import { parse } from 'tldts';
import type { Brand } from './brand.js';
import { brandOfHost } from './brand-index.js';
import { matchBrandLabel } from './brand-match.js';
import type { BrandMatch } from './brand-match.js';
import { findCredentialPath } from './credential-path.js';
import { findFreeHosting } from './free-hosting.js';
import { LINK_REASON_IDS } from './link-finding.js';
import type { LinkFinding, LinkReason, LinkReasonHit } from './link-finding.js';
import { findLureWord } from './lure-words.js';
import { toUnicodeHost } from './punycode.js';
import type { ReportedLinkMatcher } from './reported-links.js';
import { RISKY_TLDS } from './risky-tlds.js';
import { SHORTENERS } from './shorteners.js';
import type { ScannedUrl } from './url-scanner.js';

/** What the checker concludes about a link, independent of where it was written. */
export type LinkAssessment = Pick<LinkFinding, 'host' | 'domain' | 'verdict' | 'reasons' | 'brand'>;

interface Evidence extends LinkReasonHit {
  strong: boolean;
}

const DEFAULT_PORTS = new Set(['80', '443']);
/** Anything outside printable ASCII: the host is an internationalised name. */
const NON_ASCII = /[^ -~]/;
const reasonOrder = (id: LinkReason): number => LINK_REASON_IDS.indexOf(id);

function withDetail(id: LinkReason, strong: boolean, detail: string | undefined): Evidence {
  return detail === undefined ? { id, strong } : { id, detail, strong };
}

/** Sub-domain labels that say nothing about who owns the site. */
const NEUTRAL_LABELS = new Set(['www', 'm']);

interface HostParts {
  registrable: string | undefined;
  subdomains: string[];
  suffix: string;
}

function hostParts(host: string, freeHost: string | undefined): HostParts {
  if (freeHost) {
    const owner = host === freeHost ? [] : host.slice(0, -freeHost.length - 1).split('.');
    return { registrable: owner.pop(), subdomains: owner, suffix: freeHost };
  }
  const info = parse(host);
  return {
    registrable: info.domainWithoutSuffix ?? undefined,
    subdomains: info.subdomain ? info.subdomain.split('.') : [],
    suffix: info.publicSuffix ?? '',
  };
}

function brandEvidence(parts: HostParts): { evidence: Evidence[]; brand: Brand | undefined } {
  const matches: BrandMatch[] = [];
  if (parts.registrable) {
    const match = matchBrandLabel(toUnicodeHost(parts.registrable), 'registrable', parts.suffix);
    if (match) matches.push(match);
  }
  for (const label of parts.subdomains) {
    if (NEUTRAL_LABELS.has(label)) continue;
    const match = matchBrandLabel(toUnicodeHost(label), 'subdomain', parts.suffix);
    if (match) matches.push(match);
  }
  matches.sort((a, b) => Number(b.strong) - Number(a.strong));
  const evidence: Evidence[] = [];
  for (const match of matches) {
    if (evidence.some((e) => e.id === match.id)) continue;
    evidence.push(withDetail(match.id, match.strong, match.brand?.id));
  }
  return { evidence, brand: matches.find((m) => m.brand)?.brand };
}

function foldLabel(label: string): string {
  return toUnicodeHost(label).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replaceAll('đ', 'd');
}

/**
 * Judges one scanned link: trusted when its host belongs to a listed brand, suspicious on
 * any strong reason (brand imitation, look-alike letters, raw IP, shortener, `@` trick,
 * reported) or two weak ones (risky ending, lure word, Punycode, login path, odd port,
 * free hosting), unknown otherwise.
 */
export function assessLink(link: ScannedUrl, reported?: ReportedLinkMatcher): LinkAssessment {
  const { host } = link;
  const evidence: Evidence[] = [];
  let brand: Brand | undefined;
  let domain: string | null = null;

  const reportedEntry = reported?.(host, link.url);
  if (reportedEntry) evidence.push(withDetail('reported', true, reportedEntry));

  if (link.kind !== 'name') {
    evidence.push(withDetail('ip_host', true, host));
  } else {
    domain = parse(host).domain;
    const freeHost = findFreeHosting(host);
    const owner = freeHost ? undefined : brandOfHost(host);
    if (owner) {
      return reportedEntry
        ? { host, domain, verdict: 'suspicious', reasons: [{ id: 'reported', detail: reportedEntry }], brand: owner.id }
        : { host, domain, verdict: 'trusted', reasons: [], brand: owner.id };
    }
    const shortener = SHORTENERS.has(host) ? host : domain !== null && SHORTENERS.has(domain) ? domain : undefined;
    if (shortener) {
      evidence.push(withDetail('shortener', true, shortener));
    } else {
      if (freeHost) evidence.push(withDetail('free_hosting', false, freeHost));
      const parts = hostParts(host, freeHost);
      const brands = brandEvidence(parts);
      evidence.push(...brands.evidence);
      brand = brands.brand;
      const unicodeHost = toUnicodeHost(host);
      if (unicodeHost !== host || NON_ASCII.test(host)) evidence.push(withDetail('punycode', false, unicodeHost));
      const tld = parts.suffix.slice(parts.suffix.lastIndexOf('.') + 1);
      if (!freeHost && RISKY_TLDS.has(tld)) evidence.push(withDetail('risky_tld', false, tld));
      const labels = [parts.registrable ?? '', ...parts.subdomains].filter((l) => !NEUTRAL_LABELS.has(l));
      const lure = labels.map((label) => findLureWord(foldLabel(label))).find((word) => word !== undefined);
      if (lure) evidence.push(withDetail('lure_word', false, lure));
    }
  }

  const credential = findCredentialPath(link.path);
  if (credential) evidence.push(withDetail('credential_path', false, credential));
  if (link.userinfo) {
    evidence.push(withDetail('userinfo_trick', true, link.userinfo));
    brand ??= brandOfHost(link.userinfo.toLowerCase());
  }
  if (link.port !== null && !DEFAULT_PORTS.has(link.port)) {
    evidence.push(withDetail('nonstandard_port', false, link.port));
  }

  evidence.sort((a, b) => Number(b.strong) - Number(a.strong) || reasonOrder(a.id) - reasonOrder(b.id));
  const suspicious = evidence.some((e) => e.strong) || evidence.length >= 2;
  const reasons = evidence.map(({ strong: _strong, ...hit }) => hit);
  const assessment: LinkAssessment = { host, domain, verdict: suspicious ? 'suspicious' : 'unknown', reasons };
  if (brand) assessment.brand = brand.id;
  return assessment;
}
