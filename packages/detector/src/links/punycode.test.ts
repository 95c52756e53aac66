import { describe, expect, it } from 'vitest';
import { decodePunycode, toUnicodeHost } from './punycode.js';

describe('decodePunycode', () => {
  it('decodes RFC 3492 labels', () => {
    expect(decodePunycode('bcher-kva')).toBe('bücher');
    expect(decodePunycode('maana-pta')).toBe('mañana');
    expect(decodePunycode('80ak6aa92e')).toBe('аррӏе'); // "apple" in Cyrillic letters
  });

  it('returns null for malformed input instead of throwing', () => {
    expect(decodePunycode('é-abc')).toBeNull();
    expect(decodePunycode('99999999999')).toBeNull();
    expect(decodePunycode('a-!')).toBeNull();
  });
});

describe('toUnicodeHost', () => {
  it('decodes only xn-- labels', () => {
    expect(toUnicodeHost('www.xn--80ak6aa92e.com')).toBe('www.аррӏе.com');
    expect(toUnicodeHost('vietcombank.com.vn')).toBe('vietcombank.com.vn');
    expect(toUnicodeHost('xn--!!.com')).toBe('xn--!!.com');
  });
});
