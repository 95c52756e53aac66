const LABEL = /^[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;
const LETTER = /\p{L}/u;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6 = /^[0-9a-f]*:[0-9a-f:.]*$/;

/** What a host is: a name, or a raw IPv4/IPv6 address. */
export type HostKind = 'name' | 'ipv4' | 'ipv6';

/** Lower-cased, compatibility-normalised (full-width letters become ASCII), no trailing dot. */
export function normalizeHost(host: string): string {
  const folded = host.normalize('NFKC').toLowerCase();
  return folded.endsWith('.') ? folded.slice(0, -1) : folded;
}

/**
 * Classifies a normalised host, or returns `null` when it cannot be a public host name:
 * at least two labels of letters, digits and inner hyphens, at most 253 characters, and a
 * top-level label with a letter in it.
 */
export function hostKind(host: string): HostKind | null {
  if (host.length === 0 || host.length > 253) return null;
  const ipv4 = IPV4.exec(host);
  if (ipv4) return ipv4.slice(1).every((octet) => Number(octet) <= 255) ? 'ipv4' : null;
  if (IPV6.test(host)) return 'ipv6';
  const labels = host.split('.');
  if (labels.length < 2) return null;
  if (!labels.every((label) => label.length <= 63 && LABEL.test(label))) return null;
  return LETTER.test(labels[labels.length - 1] ?? '') ? 'name' : null;
}
