import { describe, expect, it } from 'vitest';
import { reportPath, situationFromSlug, SITUATION_SLUGS, SITUATIONS, triageStep } from './triage.js';

describe('triage', () => {
  it('asks the danger question first', () => {
    expect(triageStep({})).toEqual({ kind: 'ask', question: 1 });
  });

  it('goes straight to an emergency when told to go somewhere alone or to self-harm', () => {
    expect(triageStep({ danger: 'go_alone' })).toEqual({ kind: 'emergency', situation: 'kidnapping' });
    expect(triageStep({ danger: 'self_harm', threat: 'no', what: 'game_scam' })).toEqual({ kind: 'emergency', situation: 'selfHarm' });
  });

  it('asks about threats next, and threats now are emergencies', () => {
    expect(triageStep({ danger: 'no' })).toEqual({ kind: 'ask', question: 2 });
    expect(triageStep({ danger: 'no', threat: 'images' })).toEqual({ kind: 'emergency', situation: 'sextortion' });
    expect(triageStep({ danger: 'no', threat: 'harm' })).toEqual({ kind: 'emergency', situation: 'threat' });
  });

  it('asks what happened at most third, then leads to the report form', () => {
    expect(triageStep({ danger: 'no', threat: 'no' })).toEqual({ kind: 'ask', question: 3 });
    expect(triageStep({ danger: 'no', threat: 'no', what: 'unknown' })).toEqual({ kind: 'report', scheme: 'unknown' });
    expect(triageStep({ danger: 'no', threat: 'no', what: 'grooming' })).toEqual({ kind: 'report', scheme: 'grooming' });
  });

  it('round-trips the emergency slugs and builds report links', () => {
    for (const s of SITUATIONS) expect(situationFromSlug(SITUATION_SLUGS[s])).toBe(s);
    expect(situationFromSlug('nope')).toBeNull();
    expect(reportPath({})).toBe('/bao-cao');
    expect(reportPath({ emergency: true, scheme: 'sextortion' })).toBe('/bao-cao?khan-cap=1&van-de=sextortion');
    expect(reportPath({ scheme: 'unknown' })).toBe('/bao-cao');
  });
});
