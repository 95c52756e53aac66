import { randomInt } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so codes read aloud or typed are hard to get wrong.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 4;

/** A new code like `KMM-7F3K-9QX2`: the prefix, then two groups of 4 random characters (40 bits). */
export function newReadableCode(prefix: string): string {
  const group = () => Array.from({ length: GROUP }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${prefix}-${group()}-${group()}`;
}

/**
 * Normalises a typed code to its canonical form: case, spaces and dashes do not matter,
 * O reads as 0 and I/L as 1, and the prefix may be left out
 * (`km 7f3k 9qxo` and `7F3K9QX0` both become `KM-7F3K-9QX0`). Input that cannot be a code
 * comes back upper-cased and compacted, so it simply matches nothing.
 */
export function normalizeReadableCode(input: string, prefix: string): string {
  const compact = input.toUpperCase().replace(/[\s-]+/g, '');
  const body = compact.length === prefix.length + 2 * GROUP && compact.startsWith(prefix) ? compact.slice(prefix.length) : compact;
  if (body.length !== 2 * GROUP) return compact;
  const folded = body.replace(/O/g, '0').replace(/[IL]/g, '1');
  return `${prefix}-${folded.slice(0, GROUP)}-${folded.slice(GROUP)}`;
}
