import { describe, expect, it } from 'vitest';
import { parseChat } from './parse-chat.js';

describe('parseChat', () => {
  it('splits "Name: text" lines, drops times and "Đã xem", and finds the reader', () => {
    const text = '[20:15] Anh Tuấn: em ơi\nem xinh quá\nĐã xem\n20:16 Bạn: dạ\nAnh Tuấn: đừng kể với ai nhé\nSeen';
    const chat = parseChat(text);
    expect(chat.speakers).toEqual(['Anh Tuấn', 'Bạn']);
    expect(chat.me).toBe('Bạn');
    expect(chat.messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'em ơi\nem xinh quá'],
      ['me', 'dạ'],
      ['them', 'đừng kể với ai nhé'],
    ]);
    for (const m of chat.messages) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('takes the second of two speakers as the reader when nobody is "Bạn"/"You"', () => {
    const chat = parseChat('Lan: chào em\nMai: dạ chào chị\nLan: em mấy tuổi rồi?');
    expect(chat.me).toBe('Mai');
    expect(chat.messages.map((m) => m.from)).toEqual(['them', 'me', 'them']);
  });

  it('reads headings such as "Thông báo:" as one message, not a chat', () => {
    const chat = parseChat('Thông báo: nộp học phí\nLưu ý: trước ngày 15');
    expect(chat.speakers).toEqual([]);
    expect(chat.messages).toHaveLength(1);
    expect(chat.messages[0]?.from).toBe('them');
  });

  it('keeps links from looking like speakers', () => {
    const chat = parseChat('https://example.com/a\nYou: ok');
    expect(chat.messages.map((m) => m.speaker ?? '')).toEqual(['', 'You']);
  });
});
