import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPhone } from './check-phone.js';
import { MOBILE_PREFIXES } from './mobile-prefixes.js';

describe('checkPhone', () => {
  it('normalises mobiles to E.164 and names the network of the prefix', () => {
    expect(checkPhone('0983 123 456')).toMatchObject({ e164: '+84983123456', display: '0983 123 456', kind: 'mobile', carrier: 'Viettel', verdict: 'ok', reasons: [] });
    expect(checkPhone('+84 70 123 4567')).toMatchObject({ kind: 'mobile', carrier: 'MobiFone' });
    expect(checkPhone('0921234567').carrier).toBe('Vietnamobile');
    expect(checkPhone('0991234567').carrier).toBe('Gmobile');
    expect(checkPhone('0871234567').carrier).toBe('Itelecom');
    expect(checkPhone('tel:+84912345678')).toMatchObject({ e164: '+84912345678', span: { start: 0, end: 16 } });
    expect(checkPhone('0084 912 345 678').e164).toBe('+84912345678');
  });

  it('rejects unassigned prefixes and wrong lengths', () => {
    expect(checkPhone('0312345678')).toMatchObject({ kind: 'invalid', verdict: 'suspicious', reasons: [{ id: 'invalid_prefix', detail: '031' }] });
    expect(checkPhone('0912 345 67')).toMatchObject({ kind: 'invalid', reasons: [{ id: 'wrong_length' }] });
    expect(checkPhone('09123456789').reasons[0]?.id).toBe('wrong_length');
    expect(checkPhone('+84 1234').reasons[0]?.id).toBe('wrong_length');
    expect(checkPhone('xin chào')).toMatchObject({ kind: 'invalid', e164: null, reasons: [{ id: 'wrong_length' }] });
  });

  it('checks landlines against the 2017 area codes', () => {
    expect(checkPhone('024 3825 1234')).toMatchObject({ e164: '+842438251234', display: '024 3825 1234', kind: 'landline', verdict: 'ok' });
    expect(checkPhone('0203 3825 123')).toMatchObject({ e164: '+842033825123', kind: 'landline' });
    expect(checkPhone('+84 28 3822 1234').kind).toBe('landline');
    expect(checkPhone('0200 1234 567')).toMatchObject({ kind: 'invalid', reasons: [{ id: 'invalid_prefix', detail: '0200' }] });
    expect(checkPhone('024 3825 123')).toMatchObject({ kind: 'invalid', reasons: [{ id: 'wrong_length' }] });
  });

  it('converts every old 11-digit prefix to its 2018 replacement', () => {
    expect(checkPhone('0129 822 2888')).toMatchObject({ e164: '+84828222888', carrier: 'VinaPhone', reasons: [{ id: 'old_11_digit_format', detail: '0828 222 888' }] });
    expect(checkPhone('01888555888').display).toBe('0588 555 888');
    expect(checkPhone('0199 595 9999').carrier).toBe('Gmobile');
    expect(checkPhone('0130 123 4567').reasons[0]).toEqual({ id: 'invalid_prefix', detail: '0130' });
  });

  it('explains paid and free hotlines', () => {
    expect(checkPhone('1900 1234')).toMatchObject({ e164: null, kind: 'hotline', verdict: 'info', reasons: [{ id: 'premium_rate' }] });
    expect(checkPhone('1800 1091')).toMatchObject({ kind: 'hotline', verdict: 'ok', reasons: [] });
  });

  it('explains the national help lines', () => {
    for (const number of ['111', '112', '113', '114', '115']) {
      expect(checkPhone(number)).toMatchObject({ kind: 'emergency', verdict: 'info', reasons: [{ id: 'official_help_line', detail: number }] });
    }
    expect(checkPhone('156')).toMatchObject({ kind: 'shortcode', reasons: [{ id: 'official_help_line', detail: '156' }] });
    expect(checkPhone('5656').kind).toBe('shortcode');
    expect(checkPhone('9029')).toMatchObject({ kind: 'shortcode', verdict: 'info', reasons: [] });
  });

  it('flags foreign numbers and names the country when known', () => {
    expect(checkPhone('+856 20 5555 1234')).toMatchObject({ kind: 'foreign', verdict: 'suspicious', country: { callingCode: '+856', vi: 'Lào' } });
    expect(checkPhone('+95 9 123 456 789').country?.en).toBe('Myanmar');
    expect(checkPhone('+63 917 123 4567').country?.en).toBe('Philippines');
    expect(checkPhone('+44 7911 123456').country?.en).toBe('United Kingdom');
    expect(checkPhone('+7 912 345 6789').country?.callingCode).toBe('+7');
    expect(checkPhone('+1 202 555 0123')).toMatchObject({ display: '+1 202 555 0123', country: { callingCode: '+1' } });
    expect(checkPhone('+999 1234 5678')).toMatchObject({ kind: 'foreign', reasons: [{ id: 'foreign_number' }] });
    expect(checkPhone('+999 1234 5678').country).toBeUndefined();
  });

  it('marks reported numbers whatever their writing', () => {
    const reported = ['+84 912 345 678', '1900.1234'];
    expect(checkPhone('0912345678', { reported })).toMatchObject({ verdict: 'suspicious', reasons: [{ id: 'reported', detail: '+84 912 345 678' }] });
    expect(checkPhone('1900 1234', { reported }).reasons.map((r) => r.id)).toEqual(['reported', 'premium_rate']);
    expect(checkPhone('0987654321', { reported }).verdict).toBe('ok');
  });

  it('is idempotent: the display form normalises to the same number', () => {
    const anyNumber = fc.oneof(
      fc.tuple(fc.constantFrom(...Object.keys(MOBILE_PREFIXES)), fc.stringMatching(/^\d{7}$/)).map(([p, r]) => p + r),
      fc.stringMatching(/^\+?[0-9 .()-]{0,20}$/),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(anyNumber, (raw) => {
        const first = checkPhone(raw);
        const again = checkPhone(first.display);
        return again.e164 === first.e164 && again.display === first.display;
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, and its span is the trimmed input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
        const { span } = checkPhone(raw);
        return raw.slice(span.start, span.end) === span.text && span.text === raw.trim();
      }),
    );
  });
});
