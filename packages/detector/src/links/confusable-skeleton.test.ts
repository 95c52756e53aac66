import { describe, expect, it } from 'vitest';
import { confusableSkeleton, isMixedScript } from './confusable-skeleton.js';

describe('confusableSkeleton', () => {
  it('reads look-alike letters and digits as the letters they imitate', () => {
    const real = confusableSkeleton('vietcombank');
    expect(confusableSkeleton('vietc0mbank')).toBe(real);
    expect(confusableSkeleton('viеtcombаnk')).toBe(real); // Cyrillic е and а
    expect(confusableSkeleton('vietcombánk')).toBe(real);
    expect(confusableSkeleton('rnomo')).toBe(confusableSkeleton('momo'));
    expect(confusableSkeleton('faceb00k')).toBe(confusableSkeleton('facebook'));
  });
});

describe('isMixedScript', () => {
  it('flags Latin mixed with Cyrillic or Greek, not Vietnamese letters', () => {
    expect(isMixedScript('shopее')).toBe(true);
    expect(isMixedScript('gοogle')).toBe(true); // Greek omicron
    expect(isMixedScript('ngânhàng')).toBe(false);
    expect(isMixedScript('пример')).toBe(false);
  });
});
