import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput, validSpan } from './training-time.js';

describe('training times', () => {
  it('round-trips a local date-time', () => {
    const d = new Date(2026, 2, 14, 8, 30);
    expect(toLocalInput(d)).toBe('2026-03-14T08:30');
    expect(fromLocalInput('2026-03-14T08:30')).toBe(d.toISOString());
    expect(fromLocalInput('')).toBeNull();
  });
  it('needs the end after the start', () => {
    expect(validSpan('2026-03-14T08:00', '2026-03-14T10:00')).toBe(true);
    expect(validSpan('2026-03-14T10:00', '2026-03-14T08:00')).toBe(false);
    expect(validSpan('', '2026-03-14T08:00')).toBe(false);
  });
});
