import { describe, expect, it } from 'vitest';
import { newReadableCode, normalizeReadableCode } from './readable-code.js';

describe('readable codes', () => {
  it('makes codes of the prefix and two Crockford base32 groups', () => {
    for (let i = 0; i < 50; i++) expect(newReadableCode('KM')).toMatch(/^KM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(newReadableCode('KM')).not.toBe(newReadableCode('KM'));
  });

  it('forgives case, spaces, dashes, look-alike letters and a missing prefix', () => {
    expect(normalizeReadableCode(' km-7f3k-9qx2 ', 'KM')).toBe('KM-7F3K-9QX2');
    expect(normalizeReadableCode('km 7f3k 9qxo', 'KM')).toBe('KM-7F3K-9QX0');
    expect(normalizeReadableCode('7F3K9QXO', 'KM')).toBe('KM-7F3K-9QX0');
    expect(normalizeReadableCode('kmm-1il0-oooo', 'KMM')).toBe('KMM-1110-0000');
  });

  it('leaves what cannot be a code recognisably wrong', () => {
    expect(normalizeReadableCode('hello', 'KM')).toBe('HELLO');
  });
});
