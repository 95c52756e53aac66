import { describe, expect, it } from 'vitest';
import { dueState, roundSpan, STATUS_TRANSITIONS } from './case-rules.js';

describe('case rules', () => {
  it('offers only the workflow moves', () => {
    expect(STATUS_TRANSITIONS.new).toEqual(['triaged']);
    expect(STATUS_TRANSITIONS.closed).toEqual(['in_progress']);
  });

  it('rounds spans to readable units', () => {
    expect(roundSpan(14 * 60_000)).toEqual({ unit: 'minutes', count: 14 });
    expect(roundSpan(-3 * 3_600_000)).toEqual({ unit: 'hours', count: 3 });
    expect(roundSpan(72 * 3_600_000)).toEqual({ unit: 'days', count: 3 });
  });

  it('tells open, overdue and answered cases apart', () => {
    const now = Date.parse('2030-01-01T10:00:00Z');
    expect(dueState({ dueAt: '2030-01-01T10:15:00Z', firstResponseAt: null }, now)).toEqual({ kind: 'open', overdue: false, leftMs: 15 * 60_000 });
    expect(dueState({ dueAt: '2030-01-01T09:00:00Z', firstResponseAt: null }, now)).toEqual({ kind: 'open', overdue: true, lateMs: 3_600_000 });
    expect(dueState({ dueAt: '2030-01-01T09:00:00Z', firstResponseAt: '2030-01-01T09:30:00Z' }, now)).toEqual({ kind: 'answered', late: true });
  });
});
