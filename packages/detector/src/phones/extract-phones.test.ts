import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPhones } from './extract-phones.js';

const found = (text: string): string[] => extractPhones(text).map((p) => p.span.text);

describe('extractPhones — numbers people write', () => {
  it('finds a mobile number in every common writing, all with the same E.164', () => {
    const writings = ['0912 345 678', '0912345678', '+84 912.345.678', '(+84) 912-345-678', '091.234.5678', '84 912 345 678', '+84912345678', '0912-345-678', '+84 (0) 912 345 678'];
    for (const writing of writings) {
      const [phone] = extractPhones(`Liên hệ ${writing} nhé`);
      expect(phone, writing).toMatchObject({ raw: writing, e164: '+84912345678', display: '0912 345 678', kind: 'mobile', carrier: 'VinaPhone', verdict: 'ok' });
    }
  });

  it('keeps two numbers side by side apart', () => {
    expect(found('Gọi 0912345678 0987654321 hoặc 0388.123.456, 0701 234 567')).toEqual(['0912345678', '0987654321', '0388.123.456', '0701 234 567']);
  });

  it('finds landlines, hotlines and foreign numbers', () => {
    const phones = extractPhones('Tổng đài (024) 3825 1234, chi nhánh 0236 3822 123, hotline 1900 545 413, 1800 1091, số lạ +855 12 345 678.');
    expect(phones.map((p) => [p.raw, p.kind, p.verdict])).toEqual([
      ['(024) 3825 1234', 'landline', 'ok'],
      ['0236 3822 123', 'landline', 'ok'],
      ['1900 545 413', 'hotline', 'info'],
      ['1800 1091', 'hotline', 'ok'],
      ['+855 12 345 678', 'foreign', 'suspicious'],
    ]);
    expect(phones[4]).toMatchObject({ country: { callingCode: '+855', vi: 'Campuchia', en: 'Cambodia' }, reasons: [{ id: 'foreign_number', detail: '+855' }] });
  });

  it('finds help lines when the words around them are about calling or texting', () => {
    const phones = extractPhones('Gặp nguy hiểm hãy gọi 113 hoặc 111 (tổng đài bảo vệ trẻ em). Nhắn TCTM abc.com gửi 156, báo tin rác tới 5656.');
    expect(phones.map((p) => [p.raw, p.kind])).toEqual([
      ['113', 'emergency'],
      ['111', 'emergency'],
      ['156', 'shortcode'],
      ['5656', 'shortcode'],
    ]);
    expect(phones.every((p) => p.verdict === 'info' && p.reasons[0]?.id === 'official_help_line')).toBe(true);
  });

  it('flags impossible numbers written like phone numbers', () => {
    expect(extractPhones('Gọi lại 0123 456 789 hoặc +84 612 345 678')).toMatchObject([
      { kind: 'invalid', reasons: [{ id: 'invalid_prefix', detail: '012' }] },
      { kind: 'invalid', reasons: [{ id: 'invalid_prefix', detail: '061' }] },
    ]);
  });

  it('converts old 11-digit mobiles', () => {
    expect(extractPhones('SĐT cũ 0168 123 4567')).toMatchObject([{ e164: '+84381234567', kind: 'mobile', carrier: 'Viettel', verdict: 'info', reasons: [{ id: 'old_11_digit_format', detail: '0381 234 567' }] }]);
  });
});

describe('extractPhones — not phone numbers', () => {
  it('leaves money amounts alone', () => {
    expect(found('Nạp 500.000đ nhận 2.000.000, phí 19.000.000 đồng, lãi 84.900.000.000, 1.900.000 VND, 100k, 113k, 0912345678đ')).toEqual([]);
  });

  it('leaves dates, times, codes and scores alone', () => {
    expect(found('Ngày 12.05.2024, 20/11/2023, lúc 19:00, mã OTP 123456, năm 1900, 115 điểm, lớp 10.')).toEqual([]);
  });

  it('does not turn every short number into a help line', () => {
    expect(found('Phòng 115 tầng 3. Lớp 114 có 113 bạn, nhà số 111.')).toEqual([]);
  });

  it('leaves account and ID numbers alone', () => {
    expect(found('STK 0912345678, số tài khoản: 0987654321, CCCD 001203004567')).toEqual([]);
  });

  it('leaves digits inside links and words alone', () => {
    expect(found('zalo.me/0912345678 và https://x.vn/?sdt=0912345678, abc0912345678')).toEqual([]);
  });
});

describe('extractPhones — properties', () => {
  const spansMapBack = (text: string): boolean =>
    extractPhones(text).every((p) => p.span.start < p.span.end && text.slice(p.span.start, p.span.end) === p.span.text && p.raw === p.span.text);

  it('never throws on arbitrary Unicode and spans map back', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), spansMapBack), { numRuns: 500 });
  });

  it('never throws on number-like noise', () => {
    const piece = fc.constantFrom('0', '9', '84', '+', '(', ')', ' ', '.', '-', '1900', '113', 'đ', 'gọi ', 'STK ', '\uDC00', '🎁');
    fc.assert(fc.property(fc.array(piece, { maxLength: 50 }).map((p) => p.join('')), spansMapBack), { numRuns: 500 });
  });

  it('finds any valid mobile number written with spaces, whatever surrounds it', () => {
    const prefix = fc.constantFrom('032', '086', '096', '081', '091', '070', '090', '056', '059', '087', '055');
    const number = fc.tuple(prefix, fc.stringMatching(/^\d{7}$/)).map(([p, rest]) => p + rest);
    fc.assert(
      fc.property(number, fc.constantFrom('Gọi ', 'SĐT: ', '(', ''), fc.constantFrom('.', ' nhé', ')', ''), (digits, before, after) => {
        const written = `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
        const [phone] = extractPhones(before + written + after);
        return phone?.raw === written && phone.e164 === `+84${digits.slice(1)}`;
      }),
    );
  });

  it('stays linear on adversarial input (1 MB)', { timeout: 60_000 }, () => {
    for (const unit of ['1 ', '0912 ', '+1', '(', '1.', '0912345678 ']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(extractPhones(text).every((p) => text.slice(p.span.start, p.span.end) === p.raw)).toBe(true);
    }
  });
});
