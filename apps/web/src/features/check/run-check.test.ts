import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples.js';
import { CHECK_KINDS, runCheck } from './run-check.js';

describe('runCheck', () => {
  it('finds an online-kidnapping message and points its evidence at the input', () => {
    const { input, result } = runCheck('message', EXAMPLES.message[0]!.value);
    expect(result.schemes[0]?.id).toBe('online_kidnapping');
    expect(['danger', 'emergency']).toContain(result.risk);
    for (const signal of result.signals) {
      for (const span of signal.evidence) expect(input.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('splits a pasted chat into turns and points evidence into the right turn', () => {
    const { result, turns } = runCheck('conversation', EXAMPLES.conversation[0]!.value);
    expect(turns?.map((t) => t.speaker)).toEqual(['Anh Tuấn', 'Bạn', 'Anh Tuấn', 'Bạn', 'Anh Tuấn', 'Anh Tuấn']);
    expect(turns?.[1]?.from).toBe('me');
    expect(result.signals.length).toBeGreaterThan(0);
    for (const signal of result.signals) {
      for (const span of signal.evidence) {
        expect(span.message).toBeTypeOf('number');
        expect(turns![span.message!]!.text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  it('checks a look-alike bank link and a foreign number on their own', () => {
    expect(runCheck('link', `  ${EXAMPLES.link[0]!.value} `).result.links[0]?.verdict).toBe('suspicious');
    expect(runCheck('phone', EXAMPLES.phone[0]!.value).result.phones[0]?.verdict).toBe('suspicious');
  });

  it('has two or three examples for every tab', () => {
    for (const kind of CHECK_KINDS) expect(EXAMPLES[kind].length).toBeGreaterThanOrEqual(2);
  });
});
