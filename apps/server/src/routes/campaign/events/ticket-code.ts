import { randomInt } from 'node:crypto';

// No 0/O or 1/I: codes are read aloud and typed from paper at the door.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A random ticket code, e.g. `VE-7KQ2-M9XD` (40 bits of randomness). */
export function newTicketCode(): string {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `VE-${part()}-${part()}`;
}

/** Reads a code as typed or scanned: case, spaces and a missing prefix do not matter. */
export function normalizeTicketCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  // Only a 10-character code has the prefix: a bare code may itself start with "VE".
  const bare = compact.length === 10 && compact.startsWith('VE') ? compact.slice(2) : compact;
  return bare.length === 8 ? `VE-${bare.slice(0, 4)}-${bare.slice(4)}` : input.trim().toUpperCase();
}
