import { describe, expect, it } from 'vitest';
import { compilePattern } from './compile-pattern.js';

describe('compilePattern', () => {
  it('matches at the word start it is given, skipping up to N words', () => {
    const re = compilePattern(['(gui|chuyen) ~2 tien']);
    const text = 'nho chuyen giup em tien nhe';
    re.lastIndex = 4;
    expect(re.test(text)).toBe(true);
    expect(text.slice(4, re.lastIndex)).toBe('chuyen giup em tien');
    re.lastIndex = 0;
    expect(re.test(text)).toBe(false);
  });

  it('rejects a word skip that is not between spaces (it would be matched literally)', () => {
    expect(() => compilePattern(['(send|pay) (me )?~2 money'])).toThrow(/between spaces/);
  });
});
