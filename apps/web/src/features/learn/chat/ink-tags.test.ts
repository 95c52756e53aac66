import { describe, expect, it } from 'vitest';
import { parseLineTags } from './ink-tags.js';

describe('parseLineTags', () => {
  it('reads speaker, delay, every flag, outcome and debrief', () => {
    expect(parseLineTags(['from: them', 'delay: 1500', 'flag: gift_offer', 'flag: urgency'])).toEqual({
      from: 'them',
      delay: 1500,
      flags: ['gift_offer', 'urgency'],
      debrief: false,
    });
    expect(parseLineTags(['from: system', 'outcome: unsafe'])).toMatchObject({ from: 'system', outcome: 'unsafe' });
    expect(parseLineTags(['debrief'])).toMatchObject({ debrief: true, from: 'system' });
  });

  it('ignores global and unknown tags, bad values and repeated flags', () => {
    expect(parseLineTags(['title: Robux miễn phí?', 'band: primary', 'from: me', 'delay: soon', 'outcome: maybe', 'flag: urgency', 'flag:  urgency ', 'from: nobody'])).toEqual({
      from: 'me',
      delay: 0,
      flags: ['urgency'],
      debrief: false,
    });
  });

  it('caps absurd delays so a typo cannot freeze the chat', () => {
    expect(parseLineTags(['delay: 999999']).delay).toBe(10_000);
  });
});
