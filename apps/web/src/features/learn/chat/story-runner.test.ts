import { Compiler } from 'inkjs/compiler/Compiler';
import { describe, expect, it } from 'vitest';
import { choose, resumePlay, startPlay } from './story-runner.js';

const INK = `# title: Thử
# contact: Người lạ
# band: primary

Em đang chơi game thì có tin nhắn. # from: system
Bạn ơi, nhận quà không? # from: them # delay: 1200 # flag: gift_offer
Nhanh lên nha! # from: them # delay: 800 # flag: urgency
* [Hỏi bố] Bố ơi, xem giúp con với! # from: me
  Bố giúp em chặn tài khoản lạ. # from: system # outcome: safe
  Quà miễn phí từ người lạ thường là bẫy. # debrief
  -> END
* [Nhận quà] Có, gửi đi! # from: me
  -> more
=== more ===
Gửi mật khẩu cho mình. # from: them # delay: 1000 # flag: credential_request
* [Gửi] Đây nè. # from: me
  Em bị mất tài khoản. # from: system # outcome: unsafe
  Đây không phải lỗi của em. # debrief
  Em có thể gọi 111. # debrief
  -> END
`;

function compile(source: string): string {
  return new Compiler(source).Compile().ToJson()!;
}

describe('story runner', () => {
  const json = compile(INK);

  it('builds the transcript up to the first choice, without the global tags', () => {
    const play = startPlay(json);
    expect(play.transcript.lines).toEqual([
      { from: 'system', text: 'Em đang chơi game thì có tin nhắn.', flags: [], delay: 0, time: '20:15' },
      { from: 'them', text: 'Bạn ơi, nhận quà không?', flags: ['gift_offer'], delay: 1200, time: '20:16' },
      { from: 'them', text: 'Nhanh lên nha!', flags: ['urgency'], delay: 800, time: '20:17' },
    ]);
    expect(play.choices.map((c) => c.text)).toEqual(['Hỏi bố', 'Nhận quà']);
    expect(play.ended).toBe(false);
    expect(play.steps).toBe(0);
  });

  it('plays to a safe ending with the debrief kept apart', () => {
    const end = choose(startPlay(json), 0);
    expect(end.ended).toBe(true);
    expect(end.steps).toBe(1);
    expect(end.transcript.outcome).toBe('safe');
    expect(end.transcript.lines.slice(3).map((l) => [l.from, l.text])).toEqual([
      ['me', 'Bố ơi, xem giúp con với!'],
      ['system', 'Bố giúp em chặn tài khoản lạ.'],
    ]);
    expect(end.transcript.debrief).toEqual(['Quà miễn phí từ người lạ thường là bẫy.']);
  });

  it('resumes a saved state and plays on to an unsafe ending', () => {
    const middle = choose(startPlay(json), 1);
    const saved = middle.story.state.toJson();
    const resumed = resumePlay(json, saved, middle.transcript)!;
    expect(resumed.choices.map((c) => c.text)).toEqual(['Gửi']);
    const end = choose(resumed, 0);
    expect(end.transcript.outcome).toBe('unsafe');
    expect(end.transcript.debrief).toEqual(['Đây không phải lỗi của em.', 'Em có thể gọi 111.']);
    expect(end.transcript.lines.map((l) => l.time).at(-1)).toBe('20:21');
  });

  it('refuses a save that does not fit the story', () => {
    expect(resumePlay(json, '{"not":"a state"}', { lines: [], debrief: [] })).toBeNull();
  });
});
