import { describe, expect, it } from 'vitest';
import { computeUrgency, isBreached, responseDue } from './case-urgency.js';
import { canTransition } from './case-workflow.js';
import { isoWeek } from './iso-week.js';

describe('computeUrgency', () => {
  it('puts the emergency path and emergency risk first', () => {
    expect(computeUrgency({ emergency: true, risk: 'safe' })).toBe('emergency');
    expect(computeUrgency({ risk: 'emergency' })).toBe('emergency');
  });
  it('treats danger risk and harm schemes as danger', () => {
    expect(computeUrgency({ risk: 'danger' })).toBe('danger');
    expect(computeUrgency({ schemes: ['sextortion'] })).toBe('danger');
    expect(computeUrgency({ schemes: ['grooming'] })).toBe('danger');
    expect(computeUrgency({ risk: 'caution', schemes: ['game_scam'] })).toBe('normal');
    expect(computeUrgency({})).toBe('normal');
  });
});

describe('response targets', () => {
  const created = new Date('2025-03-01T10:00:00.000Z');
  it('are 15 minutes for emergencies and 24 hours for danger', () => {
    expect(responseDue(created, 'emergency').toISOString()).toBe('2025-03-01T10:15:00.000Z');
    expect(responseDue(created, 'danger').toISOString()).toBe('2025-03-02T10:00:00.000Z');
  });
  it('are breached by a late first action or by none past the due time', () => {
    const due = '2025-03-01T10:15:00.000Z';
    expect(isBreached(due, null, new Date('2025-03-01T10:14:00Z'))).toBe(false);
    expect(isBreached(due, null, new Date('2025-03-01T10:16:00Z'))).toBe(true);
    expect(isBreached(due, '2025-03-01T10:10:00.000Z', new Date('2025-04-01T00:00:00Z'))).toBe(false);
    expect(isBreached(due, '2025-03-01T10:20:00.000Z', new Date('2025-03-01T10:20:00Z'))).toBe(true);
  });
});

describe('canTransition', () => {
  it('follows the workflow and allows reopening', () => {
    expect(canTransition('new', 'triaged')).toBe(true);
    expect(canTransition('triaged', 'in_progress')).toBe(true);
    expect(canTransition('in_progress', 'referred')).toBe(true);
    expect(canTransition('referred', 'closed')).toBe(true);
    expect(canTransition('closed', 'in_progress')).toBe(true);
  });
  it('refuses skipping and going backwards', () => {
    expect(canTransition('new', 'closed')).toBe(false);
    expect(canTransition('new', 'referred')).toBe(false);
    expect(canTransition('closed', 'triaged')).toBe(false);
    expect(canTransition('triaged', 'new')).toBe(false);
  });
});

describe('isoWeek', () => {
  it('numbers weeks by ISO-8601, across year ends', () => {
    expect(isoWeek(new Date('2025-02-12T12:00:00Z'))).toBe('2025-W07');
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(isoWeek(new Date('2021-01-03T23:59:59Z'))).toBe('2020-W53');
  });
});
