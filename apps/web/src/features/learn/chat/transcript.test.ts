import { describe, expect, it } from 'vitest';
import { clockAt, detectorMessages, type Transcript } from './transcript.js';

describe('clockAt', () => {
  it('starts at 20:15 and advances one minute per message, wrapping at midnight', () => {
    expect(clockAt(0)).toBe('20:15');
    expect(clockAt(46)).toBe('21:01');
    expect(clockAt(3, 23 * 60 + 59)).toBe('00:02');
  });
});

describe('detectorMessages', () => {
  it('keeps the conversation, leaves narration out, and maps back to transcript lines', () => {
    const transcript: Transcript = {
      lines: [
        { from: 'system', text: 'Em đang chơi game.', flags: [], delay: 0, time: '20:15' },
        { from: 'them', text: 'Cho mình mật khẩu nha', flags: ['credential_request'], delay: 1000, time: '20:16' },
        { from: 'me', text: 'Không đâu', flags: [], delay: 0, time: '20:17' },
      ],
      debrief: ['Không đưa mật khẩu cho ai.'],
      outcome: 'safe',
    };
    expect(detectorMessages(transcript)).toEqual({
      messages: [
        { from: 'them', text: 'Cho mình mật khẩu nha' },
        { from: 'me', text: 'Không đâu' },
      ],
      lineOf: [1, 2],
    });
  });
});
