import { describe, expect, it } from 'vitest';
import { parseInkIssues } from './ink-errors.js';

describe('parseInkIssues', () => {
  it('locates errors and warnings by line and sorts them', () => {
    const issues = parseInkIssues(["ERROR: 'inline' line 5: Divert target not found: '-> nowhere'"], ['WARNING: line 2: Apparent loose end']);
    expect(issues).toEqual([
      { severity: 'warning', line: 2, message: 'Apparent loose end' },
      { severity: 'error', line: 5, message: "Divert target not found: '-> nowhere'" },
    ]);
  });
  it('keeps messages without a line', () => {
    expect(parseInkIssues(['Compilation failed.'])).toEqual([{ severity: 'error', message: 'Compilation failed.' }]);
  });
});
