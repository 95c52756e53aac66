import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';
import { toOriginalSpan } from './to-original-span.js';

const fold = (text: string): string => normalize(text).folded;

describe('normalize', () => {
  it('meets NFC, NFD, both tone placements and text without diacritics on one form', () => {
    expect(fold('chuyển tiền')).toBe('chuyen tien');
    expect(fold('chuyển tiền'.normalize('NFD'))).toBe('chuyen tien');
    expect(fold('chuyen tien')).toBe('chuyen tien');
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('thuý')).toBe(fold('thúy'));
    expect(fold('ĐỪNG')).toBe('dung');
  });

  it('expands teencode and abbreviations', () => {
    expect(fold('ko dc đâu')).toBe('khong duoc dau');
    expect(fold('hok khum hem')).toBe('khong khong khong');
    expect(fold('mk vs bn')).toBe('minh voi ban');
    expect(fold('e oi a j z')).toBe('em oi anh gi vay');
    expect(fold('gửi stk, ck qua sđt, ib rep nha')).toBe('gui so tai khoan chuyen khoan qua so dien thoai nhan tin tra loi nha');
    expect(fold('tk của ng ta')).toBe('tai khoan cua nguoi ta');
  });

  it('leaves single letters alone in English text', () => {
    expect(fold('You have a gift for me')).toBe('you have a gift for me');
    expect(fold('nạp 500 k')).toBe('nap 500 k');
  });

  it('undoes obfuscation', () => {
    expect(fold('c.ô.n.g a.n')).toBe('cong an');
    expect(fold('c o n g a n')).toBe('congan');
    expect(fold('tr1eu 0TP N4P d!eu k!en')).toBe('trieu otp nap dieu kien');
    expect(fold('điiiii chơiiii')).toBe('di choi');
    expect(fold('chu\u200byển ti\u200dền')).toBe('chuyen tien');
    expect(fold('Сông аn')).toBe('cong an'); // Cyrillic С and а
    expect(fold('ΟΤΡ')).toBe('otp'); // Greek capitals
    expect(fold('１２３ＡＢＣ')).toBe('123abc');
    expect(fold('1.000.000đ')).toBe('1000000d');
    expect(fold("don't")).toBe('dont');
  });

  it('gives meaningful emoji a word', () => {
    expect(fold('chuyển 💸 nhanh')).toBe('chuyen tien nhanh');
    expect(fold('tặng 🎁')).toBe('tang qua');
  });

  it('marks clause breaks', () => {
    const n = normalize('không, chuyển tiền');
    expect(n.folded).toBe('khong chuyen tien');
    expect(n.breaks[5]).toBe(1);
    expect(n.breaks[13]).toBe(0);
  });

  it('maps every folded character back to the original', () => {
    const text = 'Em ơi, c.h.u.y.ể.n 5tr qua stk này nhé 💸';
    const n = normalize(text);
    const at = n.folded.indexOf('so tai khoan');
    expect(toOriginalSpan(n, at, at + 'so tai khoan'.length).text).toBe('stk');
    const c = n.folded.indexOf('chuyen');
    expect(toOriginalSpan(n, c, c + 6).text).toBe('c.h.u.y.ể.n');
    const t = n.folded.lastIndexOf('tien');
    expect(toOriginalSpan(n, t, t + 4).text).toBe('💸');
  });

  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom('a', 'c', 'k', 'o', ' ', '.', '0', '1', '!', 'đ', 'ơ', '\u0301', '\u200b', '🎁', '\ud800', 'e', 't', 'p') }),
  );

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = fold(text);
        expect(fold(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and keeps every span in bounds, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const n = normalize(text);
        expect(n.starts.length).toBe(n.folded.length);
        let previous = 0;
        for (let i = 0; i < n.folded.length; i++) {
          const start = n.starts[i] ?? -1;
          const end = n.ends[i] ?? -1;
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThanOrEqual(start);
          expect(end).toBeLessThanOrEqual(text.length);
          if (n.folded[i] !== ' ') expect(end).toBeGreaterThan(start);
          previous = start;
        }
        expect(n.folded).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a word hidden in noise and maps it back to exactly its original', () => {
    const variants = ['chuyển tiền', 'CHUYỂN TIỀN', 'chuyen tien', 'chuyển tiền'.normalize('NFD'), 'c.h.u.y.ể.n tiền'];
    fc.assert(
      fc.property(fc.constantFrom(...variants), fc.constantFrom('', 'ok ', '!! ', 'bạn '), fc.constantFrom('', ' nhé', '...'), (word, before, after) => {
        const text = `${before}${word}${after}`;
        const n = normalize(text);
        const at = n.folded.indexOf('chuyen tien');
        expect(at).toBeGreaterThanOrEqual(0);
        const span = toOriginalSpan(n, at, at + 'chuyen tien'.length);
        expect(span.text).toBe(word);
        expect(text.slice(span.start, span.end)).toBe(span.text);
      }),
    );
  });

  it('handles a 1 MB input', () => {
    const big = 'Chuyển tiền ngay c.o.n.g a.n 💸 '.repeat(40_000);
    const n = normalize(big);
    expect(n.folded.length).toBeGreaterThan(500_000);
  });
});
