import { describe, expect, it } from 'vitest';
import { evidenceByLine } from './detector-evidence.js';
import { segmentText } from './highlight-segments.js';

describe('segmentText', () => {
  it('cuts at span boundaries and merges labels where spans overlap', () => {
    const text = 'Gửi mật khẩu nhanh lên';
    expect(
      segmentText(text, [
        { start: 4, end: 12, label: 'credential_request' },
        { start: 9, end: 22, label: 'urgency' },
      ]),
    ).toEqual([
      { start: 0, text: 'Gửi ', labels: [] },
      { start: 4, text: 'mật k', labels: ['credential_request'] },
      { start: 9, text: 'hẩu', labels: ['credential_request', 'urgency'] },
      { start: 12, text: ' nhanh lên', labels: ['urgency'] },
    ]);
  });

  it('keeps the text whole: no spans, spans out of range, empty spans', () => {
    expect(segmentText('abc', [])).toEqual([{ start: 0, text: 'abc', labels: [] }]);
    expect(segmentText('abc', [{ start: 2, end: 99, label: 'x' }, { start: 1, end: 1, label: 'y' }]).map((s) => s.text).join('')).toBe('abc');
  });
});

describe('evidenceByLine', () => {
  it('maps evidence of conversation messages back to chat lines', () => {
    const result = {
      signals: [
        { id: 'urgency', evidence: [{ start: 0, end: 5, message: 1 }] },
        { id: 'secrecy', evidence: [{ start: 2, end: 4, message: 0 }, { start: 0, end: 1 }] },
      ],
    };
    const byLine = evidenceByLine(result, [1, 3]);
    expect(byLine.get(3)).toEqual([{ start: 0, end: 5, label: 'urgency' }]);
    expect(byLine.get(1)).toEqual([{ start: 2, end: 4, label: 'secrecy' }]);
    expect(byLine.size).toBe(2);
  });
});
