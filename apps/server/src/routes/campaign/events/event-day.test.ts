import { describe, expect, it } from 'vitest';
import { registrationOpen, todayInVietnam } from './event-day.js';

describe('todayInVietnam', () => {
  it('is already the next day in Vietnam at 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-11-28T16:59:59Z'))).toBe('2026-11-28');
    expect(todayInVietnam(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
  });
});

describe('registrationOpen', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  it('stays open through the event day and closes after it', () => {
    expect(registrationOpen('2026-12-01', now)).toBe(true);
    expect(registrationOpen('2026-11-28', now)).toBe(true);
    expect(registrationOpen('2026-11-27', now)).toBe(false);
  });
});
