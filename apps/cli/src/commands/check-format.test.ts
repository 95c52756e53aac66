import { describe, expect, it } from 'vitest';
import { markEvidence, PLAIN_MARKER } from './check-format.js';

const span = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end) });

describe('markEvidence', () => {
  const text = 'gửi mã OTP cho anh ngay';
  it('marks each span', () => {
    expect(markEvidence(text, [span(text, 4, 10), span(text, 19, 23)], PLAIN_MARKER)).toBe('gửi [mã OTP] cho anh [ngay]');
  });
  it('merges overlapping and nested spans, in any order', () => {
    expect(markEvidence(text, [span(text, 7, 14), span(text, 4, 10), span(text, 5, 6)], PLAIN_MARKER)).toBe('gửi [mã OTP cho] anh ngay');
  });
  it('leaves text without spans unchanged', () => {
    expect(markEvidence(text, [], PLAIN_MARKER)).toBe(text);
  });
});
