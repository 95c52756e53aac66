import { refang } from './refang.js';

/** Answers whether a link was reported, with the entry it matched, as it was given. */
export type ReportedLinkMatcher = (host: string, url: string) => string | undefined;

function normalizeEntry(entry: string): string {
  return refang(entry.trim())
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/** Builds the matcher once for a list of reported links, hosts or domains. */
export function reportedLinkMatcher(entries: Iterable<string>): ReportedLinkMatcher {
  const hosts = new Map<string, string>();
  const prefixes: [prefix: string, entry: string][] = [];
  for (const entry of entries) {
    const normalized = normalizeEntry(entry);
    if (!normalized.includes('.')) continue; // a bare TLD would match half the web
    if (normalized.includes('/')) prefixes.push([normalized, entry]);
    else if (!hosts.has(normalized)) hosts.set(normalized, entry);
  }
  return (host, url) => {
    for (let rest = host; ; ) {
      const entry = hosts.get(rest);
      if (entry !== undefined) return entry;
      const dot = rest.indexOf('.');
      if (dot < 0) break;
      rest = rest.slice(dot + 1);
    }
    if (prefixes.length === 0) return undefined;
    const link = normalizeEntry(url);
    return prefixes.find(([prefix]) => link.startsWith(prefix))?.[1];
  };
}
