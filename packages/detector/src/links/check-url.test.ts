import { describe, expect, it } from 'vitest';
import { BRANDS } from './brands.js';
import { checkUrl } from './check-url.js';

const reasonIds = (url: string): string[] => checkUrl(url).reasons.map((r) => r.id);

describe('checkUrl — real brand domains', () => {
  it('never flags a listed brand domain or its sub-domains', () => {
    for (const brand of BRANDS) {
      for (const domain of brand.domains) {
        for (const url of [`https://${domain}`, `https://www.${domain}/dang-nhap`, `m.${domain}`]) {
          const finding = checkUrl(url);
          expect(finding.verdict, url).not.toBe('suspicious');
        }
      }
    }
  });

  it('trusts real sites and names their brand', () => {
    expect(checkUrl('https://vcbdigibank.vietcombank.com.vn/')).toMatchObject({ verdict: 'trusted', brand: 'vietcombank' });
    expect(checkUrl('https://thuedientu.gdt.gov.vn')).toMatchObject({ verdict: 'trusted', brand: 'gdt' });
    expect(checkUrl('congan.hanoi.gov.vn')).toMatchObject({ verdict: 'trusted', brand: 'gov-vn' });
    expect(checkUrl('https://shop.tiktok.com/view')).toMatchObject({ verdict: 'trusted', brand: 'tiktok-shop' });
    expect(checkUrl('napthe.vn')).toMatchObject({ verdict: 'trusted', brand: 'garena' });
  });

  it('does not call free-hosting pages on brand domains trusted', () => {
    expect(checkUrl('https://sites.google.com/view/vcb-hotro')).toMatchObject({ verdict: 'unknown', reasons: [{ id: 'free_hosting' }] });
  });
});

describe('checkUrl — each reason on a realistic scam link', () => {
  it('lookalike_domain: typo or same name under another ending', () => {
    expect(checkUrl('vietconbank.com')).toMatchObject({ verdict: 'suspicious', brand: 'vietcombank', reasons: [{ id: 'lookalike_domain' }] });
    expect(checkUrl('https://shoppe.vn/flash-sale')).toMatchObject({ verdict: 'suspicious', brand: 'shopee' });
    expect(checkUrl('facebok.com').brand).toBe('facebook');
    expect(checkUrl('vneid.top')).toMatchObject({ verdict: 'suspicious', brand: 'vneid' });
  });

  it('brand_in_hyphenated_domain: brand glued to bait words', () => {
    expect(checkUrl('vietcombank-xacminh.top')).toMatchObject({ verdict: 'suspicious', brand: 'vietcombank' });
    expect(reasonIds('vietcombank-xacminh.top')).toEqual(['brand_in_hyphenated_domain', 'risky_tld', 'lure_word']);
    expect(checkUrl('momo-quatang.com')).toMatchObject({ verdict: 'suspicious', brand: 'momo' });
    expect(checkUrl('mbbankxacthuc.com')).toMatchObject({ verdict: 'suspicious', brand: 'mbbank' });
    expect(checkUrl('freefire-kimcuong.com')).toMatchObject({ verdict: 'suspicious', brand: 'free-fire' });
  });

  it('brand_in_subdomain: brand name in front of someone else\'s domain', () => {
    const finding = checkUrl('http://shopee.vn.khuyenmai.xyz/nhan-qua');
    expect(finding).toMatchObject({ verdict: 'suspicious', brand: 'shopee', domain: 'khuyenmai.xyz' });
    expect(finding.reasons[0]).toEqual({ id: 'brand_in_subdomain', detail: 'shopee' });
    expect(checkUrl('vietcombank-xacminh.web.app').verdict).toBe('suspicious');
  });

  it('homoglyph and punycode: look-alike letters', () => {
    expect(checkUrl('vietc0mbank.com.vn')).toMatchObject({ verdict: 'suspicious', brand: 'vietcombank', reasons: [{ id: 'homoglyph' }] });
    const cyrillic = checkUrl('https://xn--80ak6aa92e.com');
    expect(cyrillic).toMatchObject({ verdict: 'suspicious', brand: 'apple' });
    expect(cyrillic.reasons).toContainEqual({ id: 'punycode', detail: 'аррӏе.com' });
    expect(checkUrl('zal0.me')).toMatchObject({ verdict: 'suspicious', brand: 'zalo' });
    expect(checkUrl('shopее.vn').reasons[0]?.id).toBe('homoglyph'); // Cyrillic е
  });

  it('punycode alone is only a weak sign', () => {
    expect(checkUrl('xn--bcher-kva.de')).toMatchObject({ verdict: 'unknown', reasons: [{ id: 'punycode', detail: 'bücher.de' }] });
  });

  it('ip_host: a raw IP address', () => {
    expect(checkUrl('http://103.56.12.9/vcb')).toMatchObject({ verdict: 'suspicious', domain: null, reasons: [{ id: 'ip_host' }] });
    expect(reasonIds('http://[2001:db8::1]/')).toEqual(['ip_host']);
  });

  it('shortener: the destination is hidden', () => {
    expect(checkUrl('bit.ly/qua-tang-free-fire')).toMatchObject({ verdict: 'suspicious', reasons: [{ id: 'shortener', detail: 'bit.ly' }] });
    expect(checkUrl('https://tinyurl.com/vcb2024').verdict).toBe('suspicious');
    expect(checkUrl('t.co/abc').reasons[0]?.id).toBe('shortener');
  });

  it('risky_tld and lure_word: weak alone, suspicious together', () => {
    expect(checkUrl('hoc-tieng-anh.top')).toMatchObject({ verdict: 'unknown', reasons: [{ id: 'risky_tld', detail: 'top' }] });
    expect(checkUrl('nhanqua.com')).toMatchObject({ verdict: 'unknown', reasons: [{ id: 'lure_word', detail: 'nhanqua' }] });
    expect(checkUrl('napthe-kimcuong.xyz')).toMatchObject({ verdict: 'suspicious', reasons: [{ id: 'risky_tld' }, { id: 'lure_word' }] });
    expect(checkUrl('vongquaymienphi.vip').verdict).toBe('suspicious');
  });

  it('credential_path: a login page on an unknown site', () => {
    expect(checkUrl('https://evil.com/dang-nhap')).toMatchObject({ verdict: 'unknown', reasons: [{ id: 'credential_path', detail: 'dangnhap' }] });
    expect(checkUrl('https://bao-hiem.shop/xac-minh?tk=1').verdict).toBe('suspicious');
  });

  it('userinfo_trick: a trusted name before "@"', () => {
    expect(checkUrl('https://vietcombank.com.vn@evil.top/x')).toMatchObject({
      verdict: 'suspicious',
      host: 'evil.top',
      brand: 'vietcombank',
      reasons: [{ id: 'userinfo_trick', detail: 'vietcombank.com.vn' }, { id: 'risky_tld' }],
    });
  });

  it('nonstandard_port: weak on its own', () => {
    expect(checkUrl('http://quatang.com:8080/')).toMatchObject({ verdict: 'suspicious', reasons: [{ id: 'lure_word' }, { id: 'nonstandard_port', detail: '8080' }] });
    expect(checkUrl('https://example.com:443').reasons).toEqual([]);
  });

  it('reported: confirmed indicators, even on a trusted domain', () => {
    const reported = ['https://doc-truyen.net/', 'sites.google.com/view/qua-tang'];
    expect(checkUrl('https://www.doc-truyen.net/chuong-1', { reported })).toMatchObject({ verdict: 'suspicious', reasons: [{ id: 'reported', detail: 'https://doc-truyen.net/' }] });
    expect(checkUrl('https://sites.google.com/view/qua-tang/abc', { reported }).reasons[0]).toEqual({ id: 'reported', detail: 'sites.google.com/view/qua-tang' });
    expect(checkUrl('https://doc-truyen.network', { reported }).verdict).toBe('unknown');
  });
});

describe('checkUrl — ordinary and odd input', () => {
  it('calls ordinary unknown sites unknown, with no reasons', () => {
    expect(checkUrl('https://truonghoc-abc.edu.vn/thong-bao')).toMatchObject({ verdict: 'unknown', reasons: [] });
    expect(checkUrl('pineapple.com')).toMatchObject({ verdict: 'unknown', reasons: [] });
    expect(checkUrl('arena.vn').reasons).toEqual([]);
  });

  it('accepts any well-formed host and trims spaces, with the span on the input', () => {
    expect(checkUrl('  intranet.local/a ')).toMatchObject({ host: 'intranet.local', span: { start: 2, end: 18, text: 'intranet.local/a' } });
  });

  it('answers unknown, with an empty host, when there is no link', () => {
    expect(checkUrl(' xin chào ')).toEqual({ url: 'xin chào', host: '', domain: null, span: { start: 1, end: 9, text: 'xin chào' }, verdict: 'unknown', reasons: [] });
    expect(checkUrl('').span).toEqual({ start: 0, end: 0, text: '' });
  });
});
