/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compile-scenario.js';
import { ScenarioPlayer } from './scenario-player.js';

const guide = readFileSync(new URL('../../../../docs/content-guide.md', import.meta.url), 'utf8');
const { scenario } = compileScenario('mau', /```ink\n([\s\S]*?)```/.exec(guide)![1]!);

describe('ScenarioPlayer', () => {
  it('plays turns with their tags read, without the file tags, up to the outcome and debrief', () => {
    const player = new ScenarioPlayer(scenario!.storyJson);
    const first = player.next();
    expect(first.lines).toEqual([
      { text: 'Em đang xem video thì có tin nhắn từ một trang lạ.', from: 'system', flags: [], debrief: false },
      { text: 'Chúc mừng em trúng một chiếc điện thoại mới!', from: 'them', delay: 1200, flags: ['too_good_to_be_true'], debrief: false },
    ]);
    expect(first.choices).toEqual(['Hỏi cách nhận quà', 'Đưa mẹ xem']);
    player.choose(0);
    expect(player.next().lines[0]).toMatchObject({ text: 'Làm sao để nhận quà vậy?', from: 'me' });
    player.choose(0);
    player.next();
    player.choose(0);
    const last = player.next();
    expect(last.choices).toEqual([]);
    expect(last.lines.map((l) => [l.outcome, l.debrief])).toEqual([
      [undefined, false],
      ['unsafe', false],
      [undefined, true],
      [undefined, true],
    ]);
  });
});
