import { describe, expect, it } from 'vitest';
import { mergeSpans, segmentText } from './segment-text.js';

describe('mergeSpans', () => {
  it('joins overlapping spans and keeps every label once', () => {
    expect(
      mergeSpans(
        [
          { start: 10, end: 20, label: 'money_request' },
          { start: 15, end: 25, label: 'deposit_first' },
          { start: 12, end: 14, label: 'money_request' },
        ],
        100,
      ),
    ).toEqual([{ start: 10, end: 25, labels: ['money_request', 'deposit_first'] }]);
  });

  it('joins touching spans but keeps separate ones apart, in text order', () => {
    expect(
      mergeSpans(
        [
          { start: 30, end: 35, label: 'c' },
          { start: 0, end: 5, label: 'a' },
          { start: 5, end: 8, label: 'b' },
        ],
        100,
      ),
    ).toEqual([
      { start: 0, end: 8, labels: ['a', 'b'] },
      { start: 30, end: 35, labels: ['c'] },
    ]);
  });

  it('puts the longer span first when two start together, so a nested span adds its label', () => {
    expect(
      mergeSpans(
        [
          { start: 0, end: 3, label: 'short' },
          { start: 0, end: 9, label: 'long' },
        ],
        10,
      ),
    ).toEqual([{ start: 0, end: 9, labels: ['long', 'short'] }]);
  });

  it('clamps spans to the text and drops empty or inverted ones', () => {
    expect(
      mergeSpans(
        [
          { start: -3, end: 2, label: 'a' },
          { start: 8, end: 50, label: 'b' },
          { start: 4, end: 4, label: 'empty' },
          { start: 6, end: 5, label: 'inverted' },
          { start: 40, end: 45, label: 'outside' },
        ],
        10,
      ),
    ).toEqual([
      { start: 0, end: 2, labels: ['a'] },
      { start: 8, end: 10, labels: ['b'] },
    ]);
  });
});

describe('segmentText', () => {
  const text = 'Em không được nói với bố mẹ, phải giữ bí mật.';

  it('gives back the text exactly, with highlights where the spans are', () => {
    const start = text.indexOf('không được nói');
    const end = text.indexOf(',');
    const secret = text.indexOf('giữ bí mật');
    const segments = segmentText(text, [
      { start, end, label: 'secrecy' },
      { start: secret, end: secret + 'giữ bí mật'.length, label: 'secrecy' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.labels.length > 0).map((s) => s.text)).toEqual(['không được nói với bố mẹ', 'giữ bí mật']);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('handles a highlight at the very start and end, and no highlight at all', () => {
    expect(segmentText('abc', [{ start: 0, end: 3, label: 'x' }])).toEqual([{ text: 'abc', start: 0, end: 3, labels: ['x'] }]);
    expect(segmentText('abc', [])).toEqual([{ text: 'abc', start: 0, end: 3, labels: [] }]);
    expect(segmentText('', [])).toEqual([{ text: '', start: 0, end: 0, labels: [] }]);
  });

  it('keeps Vietnamese combining marks and emoji whole when offsets are UTF-16', () => {
    const chat = 'Gửi ảnh 😊 đi em';
    const start = chat.indexOf('ảnh');
    const segments = segmentText(chat, [{ start, end: start + 'ảnh 😊'.length, label: 'photo_request' }]);
    expect(segments.map((s) => s.text)).toEqual(['Gửi ', 'ảnh 😊', ' đi em']);
  });
});
