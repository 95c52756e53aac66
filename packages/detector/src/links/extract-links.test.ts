import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractLinks } from './extract-links.js';

const texts = (text: string): string[] => extractLinks(text).map((l) => l.span.text);

describe('extractLinks — finding links', () => {
  it('finds links with and without a scheme, www. hosts and bare domains', () => {
    const text =
      'Em ơi vào https://vietcombank-xacminh.top/login ngay, hoặc www.shopee.vn, vietcombank-xacminh.top, bit.ly/abc và zalo.me/0912345678.';
    expect(texts(text)).toEqual([
      'https://vietcombank-xacminh.top/login',
      'www.shopee.vn',
      'vietcombank-xacminh.top',
      'bit.ly/abc',
      'zalo.me/0912345678',
    ]);
  });

  it('reads de-fanged links and reports them de-fanged', () => {
    const [a, b, c, d] = extractLinks('hxxps://garena-sukien[.]vip/nhan-qua, evil(.)com, momo[dot]quatang.xyz, hxxp[:]//1.2.3.4/x');
    expect(a?.url).toBe('https://garena-sukien.vip/nhan-qua');
    expect(a?.span.text).toBe('hxxps://garena-sukien[.]vip/nhan-qua');
    expect(b?.host).toBe('evil.com');
    expect(c?.url).toBe('momo.quatang.xyz');
    expect(d?.host).toBe('1.2.3.4');
  });

  it('keeps spans on the original text, also after astral characters', () => {
    const text = '🎁🎁 Nhận quà 👉 shopee.vn.khuyenmai.xyz/qua 👈 nhé';
    const [link] = extractLinks(text);
    expect(link?.span).toEqual({ start: text.indexOf('shopee'), end: text.indexOf(' 👈'), text: 'shopee.vn.khuyenmai.xyz/qua' });
  });

  it('drops sentence punctuation but keeps brackets that belong to the link', () => {
    expect(texts('Xem (https://vi.wikipedia.org/wiki/Lừa_đảo_(tội_phạm)).')).toEqual([
      'https://vi.wikipedia.org/wiki/Lừa_đảo_(tội_phạm)',
    ]);
    expect(texts('Link: "tiki.vn/khuyen-mai"!')).toEqual(['tiki.vn/khuyen-mai']);
    expect(texts('vào đây…vcb-hotro.top…')).toEqual(['vcb-hotro.top']);
  });

  it('reads the host after "@" in a URL with user info', () => {
    const [link] = extractLinks('https://vietcombank.com.vn@evil.top/dang-nhap');
    expect(link?.host).toBe('evil.top');
  });

  it('reads raw IP hosts when they carry a path or port', () => {
    expect(texts('Truy cập 103.56.12.9/vcb hoặc 45.77.1.2:8080')).toEqual(['103.56.12.9/vcb', '45.77.1.2:8080']);
    expect(texts('http://[2001:db8::1]:8443/login')).toEqual(['http://[2001:db8::1]:8443/login']);
  });
});

describe('extractLinks — not links', () => {
  it('ignores abbreviations, numbers, dates and prices', () => {
    expect(texts('Sách, vở, bút v.v. ở TP.HCM giá 3.5 triệu, 500.000đ, ngày 12.05.2024, bản 1.2.3.4.')).toEqual([]);
    expect(texts('TS.BS Nguyễn Văn A và ThS.BS Lê B, Q.BT, P.TT')).toEqual([]);
    expect(texts('Mr.Bean, e.g., i.e., a.m., No.1, U.S.A')).toEqual([]);
  });

  it('ignores file names', () => {
    expect(texts('Gửi anh.jpg, bai-tap.docx, main.py, video.mov, nhac.mp3 và bao-cao.pdf')).toEqual([]);
  });

  it('ignores Vietnamese words run together by a missing space', () => {
    expect(texts('Con nhớ mẹ.ba đâu rồi? Ok được.Mai con về')).toEqual([]);
  });

  it('ignores e-mail addresses', () => {
    expect(texts('Gửi thư cho hotro@vietcombank.com.vn hoặc hoa.ly@gmail.com')).toEqual([]);
  });
});

describe('extractLinks — properties', () => {
  const spansMapBack = (text: string): boolean =>
    extractLinks(text).every(
      (l) => l.span.start >= 0 && l.span.start < l.span.end && l.span.end <= text.length && text.slice(l.span.start, l.span.end) === l.span.text,
    );

  it('never throws on arbitrary Unicode, lone surrogates included, and spans map back', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), spansMapBack), { numRuns: 500 });
  });

  it('never throws on link-like noise', () => {
    const piece = fc.constantFrom('http', 'hxxps', '://', '[.]', '(.)', '.', 'www', 'vn', 'com', 'top', '@', ':', '/', '8080', 'vcb', '-', ' ', '(', ')', 'é', '🎁', '\uD800');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), spansMapBack), { numRuns: 500 });
  });

  it('stays linear on adversarial input (1 MB)', { timeout: 60_000 }, () => {
    const size = 1_000_000;
    const cases = ['a.', 'http://', 'a[.]', 'hxxp[:]//', 'www.', '1.', 'a-', '@a.com', 'x.com/', 'a.com,', '((', 'é.'];
    for (const unit of cases) {
      const text = unit.repeat(Math.ceil(size / unit.length));
      const links = extractLinks(text);
      expect(links.every((l) => text.slice(l.span.start, l.span.end) === l.span.text)).toBe(true);
    }
  });
});
