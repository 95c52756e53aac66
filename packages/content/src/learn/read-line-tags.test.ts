import { describe, expect, it } from 'vitest';
import { readLineTags } from './read-line-tags.js';

describe('readLineTags', () => {
  it('reads speaker, delay, flags and outcome', () => {
    expect(readLineTags(['from: them', 'delay: 1200', 'flag: urgency', 'flag: secrecy'])).toEqual({
      tags: { from: 'them', delay: 1200, flags: ['urgency', 'secrecy'], debrief: false },
      problems: [],
    });
    expect(readLineTags(['from: system', 'outcome: unsafe']).tags).toEqual({ from: 'system', outcome: 'unsafe', flags: [], debrief: false });
    expect(readLineTags(['debrief'])).toEqual({ tags: { flags: [], debrief: true }, problems: [] });
  });

  it('describes every invalid tag and leaves it out', () => {
    const { tags, problems } = readLineTags(['from: stranger', 'delay: -5', 'flag: free_money', 'outcome: maybe', 'band: primary', 'mood: happy']);
    expect(tags).toEqual({ flags: [], debrief: false });
    expect(problems).toEqual([
      '`# from: stranger`: expected one of them, me, system',
      '`# delay: -5`: expected whole milliseconds from 0 to 10000',
      '`# flag: free_money`: not a signal id of the taxonomy (docs/taxonomy.md)',
      '`# outcome: maybe`: expected safe or unsafe',
      '`# band:` is a file tag: write it once at the top of the file, before any line',
      'unknown tag `# mood`: a line may carry # from, # delay, # flag, # outcome, # debrief',
    ]);
  });

  it('keeps debrief lines bare', () => {
    expect(readLineTags(['debrief', 'from: system']).problems).toEqual(['a debrief line carries only `# debrief` (no `# from:`, flag or delay)']);
    expect(readLineTags(['debrief: yes']).problems).toEqual(['`# debrief` takes no value (found "yes")']);
  });
});
