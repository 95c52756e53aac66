import { readFileSync } from 'node:fs';
import { compileScenario } from '@kmm/content/compiler';
import { describe, expect, it } from 'vitest';
import { formatPlayedLine, playScenario } from './content-play-command.js';

// The template of docs/content-guide.md, a valid scenario by the guide's own promise.
const guide = readFileSync(new URL('../../../../docs/content-guide.md', import.meta.url), 'utf8');
const { scenario } = compileScenario('mau', /```ink\n([\s\S]*?)```/.exec(guide)![1]!);

async function play(answers: string[]): Promise<{ finished: boolean; output: string }> {
  let output = '';
  const finished = await playScenario(scenario!.storyJson, scenario!, {
    input: (async function* () {
      yield* answers;
    })(),
    write: (text) => void (output += text),
    interactive: false,
  });
  return { finished, output };
}

describe('kmm content play', () => {
  it('shows who speaks, the flags, numbered choices, then the outcome and debrief', async () => {
    const { finished, output } = await play(['1', '1', '1']);
    expect(finished).toBe(true);
    expect(output).toContain('Shop Quà Tặng 24h: Chúc mừng em trúng một chiếc điện thoại mới!   ⚑ too_good_to_be_true');
    expect(output).toContain('  1. Hỏi cách nhận quà\n  2. Đưa mẹ xem\n> 1\n');
    expect(output).toContain('Em / Me: Làm sao để nhận quà vậy?');
    expect(output).toContain('=== Kết quả / Outcome: CHƯA AN TOÀN / unsafe ===');
    expect(output).toContain('  • Đây không phải lỗi của em. Em không một mình.\n');
  });

  it('asks again on a wrong answer and stops when the input ends', async () => {
    const { finished, output } = await play(['7', 'two', '2']);
    expect(finished).toBe(false);
    expect(output.match(/Chọn một số từ 1 đến 2/g)).toHaveLength(2);
    expect(output).toContain('Em / Me: Mẹ ơi, có người nhắn con trúng điện thoại.');
    expect(output).toMatch(/input ended before the end of the scenario/);
  });

  it('formats narration, the learner and debrief lines', () => {
    expect(formatPlayedLine({ text: 'Mười phút sau…', from: 'system', flags: [], debrief: false }, 'X')).toBe('(Mười phút sau…)');
    expect(formatPlayedLine({ text: 'Không!', from: 'me', flags: [], debrief: false }, 'X')).toBe('Em / Me: Không!');
    expect(formatPlayedLine({ text: 'Bài học', flags: [], debrief: true }, 'X')).toBe('  • Bài học');
  });
});
