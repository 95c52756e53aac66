import { randomUUID } from 'node:crypto';

let lastMs = 0;
let sequence = 0;
/** The first 15 characters of ids made in `lastMs`: its hex digits, then the version. */
let timePrefix = '';

function prefixOf(ms: number): string {
  const hex = ms.toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7`;
}

/**
 * A UUIDv7-shaped id whose text order is creation order: 48 bits of milliseconds, then a
 * 12-bit sequence that keeps ids made in the same millisecond by this process in order, then
 * random bits. Used for log-like rows (messages, events, audit) so "order by id" is "order
 * by time" on both engines without an auto-increment column.
 */
export function timeOrderedId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
    timePrefix = prefixOf(lastMs);
  } else if (++sequence > 0xfff) {
    // More than 4096 ids in one millisecond: borrow the next millisecond to stay ordered.
    lastMs += 1;
    sequence = 0;
    timePrefix = prefixOf(lastMs);
  }
  // The last two groups of a random (v4) UUID are the variant and 62 random bits, the tail a
  // UUIDv7 needs; Node draws UUIDs from a pool of random bytes, so this costs far less than
  // randomBytes(8). The time prefix is kept per millisecond: formatting it is the other cost.
  return `${timePrefix}${sequence.toString(16).padStart(3, '0')}-${randomUUID().slice(19)}`;
}
