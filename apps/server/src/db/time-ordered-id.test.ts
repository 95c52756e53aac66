import { describe, expect, it } from 'vitest';
import { timeOrderedId } from './time-ordered-id.js';

// Ids never go back in time within a process, so each test uses a later millisecond than the last.
describe('timeOrderedId', () => {
  it('looks like a UUIDv7', () => {
    expect(timeOrderedId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sorts as text in the order it was made, even within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => timeOrderedId(4_000_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(timeOrderedId(4_000_000_000_100) > ids.at(-1)!).toBe(true);
  });

  it('starts with its millisecond, as UUIDv7 does', () => {
    const ms = 5_000_000_000_000;
    expect(timeOrderedId(ms).replace(/-/g, '').slice(0, 12)).toBe(ms.toString(16).padStart(12, '0'));
  });
});
