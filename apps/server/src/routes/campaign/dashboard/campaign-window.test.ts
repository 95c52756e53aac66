import { describe, expect, it } from 'vitest';
import { campaignWindow, weekStart, weeksOf } from './campaign-window.js';

describe('campaign window', () => {
  it('is half-open on the day after the last day', () => {
    expect(campaignWindow('2025-09-01', '2026-02-28')).toEqual({ from: '2025-09-01', until: '2026-03-01' });
  });

  it('folds days into weeks starting on Monday', () => {
    expect(weekStart('2026-03-15')).toBe('2026-03-09');
    expect(weekStart('2026-03-09T23:00:00.000Z')).toBe('2026-03-09');
    expect(weeksOf({ from: '2026-03-04', until: '2026-03-17' })).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
  });
});
