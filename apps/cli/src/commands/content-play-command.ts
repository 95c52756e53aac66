import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Scenario } from '@kmm/content';
import { compileScenario, ScenarioPlayer, type PlayedLine } from '@kmm/content/compiler';

/** How `kmm content play` talks to the person playing. */
export interface PlayIo {
  /** The player's answers, one per line. */
  input: AsyncIterator<string>;
  write: (text: string) => void;
  /** Whether the answers are typed (a terminal) rather than piped, so they need no echo. */
  interactive: boolean;
}

/** One played line as the terminal shows it: who speaks, the text, then its red flags. */
export function formatPlayedLine(line: PlayedLine, contact: string): string {
  if (line.debrief) return `  • ${line.text}`;
  const flags = line.flags.length ? `   ⚑ ${line.flags.join(' ⚑ ')}` : '';
  const who = line.from === 'them' ? `${contact}: ` : line.from === 'me' ? 'Em / Me: ' : '';
  const text = line.from === 'system' ? `(${line.text})` : line.text;
  const outcome = line.outcome ? `\n\n=== Kết quả / Outcome: ${line.outcome === 'safe' ? 'AN TOÀN / safe' : 'CHƯA AN TOÀN / unsafe'} ===\n` : '';
  return `${who}${text}${flags}${outcome}`;
}

/** What the player shows of a scenario besides its story: a draft with errors may lack it. */
export type PlayHeader = Pick<Scenario, 'title' | 'contact' | 'platform' | 'minutes'>;

/**
 * Plays a compiled story with the answers of `io.input` (choice numbers from 1) until an
 * ending or until the input runs out. Returns whether the story reached its end.
 */
export async function playScenario(storyJson: string, header: PlayHeader, io: PlayIo): Promise<boolean> {
  const player = new ScenarioPlayer(storyJson);
  io.write(`${header.title.vi} / ${header.title.en}\n${header.contact} · ${header.platform} · ${header.minutes} min\n\n`);
  for (;;) {
    const turn = player.next();
    for (const line of turn.lines) io.write(`${formatPlayedLine(line, header.contact)}\n`);
    if (turn.choices.length === 0) return true;
    io.write(`\n${turn.choices.map((choice, i) => `  ${i + 1}. ${choice}`).join('\n')}\n`);
    for (;;) {
      io.write('> ');
      const answer = await io.input.next();
      if (answer.done) {
        io.write('\n(hết dữ liệu vào / input ended before the end of the scenario)\n');
        return false;
      }
      if (!io.interactive) io.write(`${answer.value}\n`);
      const picked = Number(answer.value.trim());
      if (Number.isInteger(picked) && picked >= 1 && picked <= turn.choices.length) {
        io.write('\n');
        player.choose(picked - 1);
        break;
      }
      io.write(`Chọn một số từ 1 đến ${turn.choices.length} / Pick a number from 1 to ${turn.choices.length}\n`);
    }
  }
}

/**
 * `kmm content play FILE.ink`: plays a scenario in the terminal (stdin may be piped). Errors
 * are listed first; a draft that Ink compiles is still played, so its paths can be tried.
 * Exit status 1 when there were errors or the input ended before an ending.
 */
export async function contentPlayCommand(file: string): Promise<void> {
  const id = basename(file, '.ink');
  const { scenario, storyJson, errors } = compileScenario(id, readFileSync(file, 'utf8'), file);
  for (const error of errors) console.error(`${error.file}${error.line === undefined ? '' : `:${error.line}`}  ${error.message}`);
  if (errors.length > 0) {
    console.error(`✗ ${errors.length} lỗi / error(s)${storyJson ? ' — chơi thử bản nháp / playing the draft anyway' : ''}\n`);
    process.exitCode = 1;
  }
  if (!storyJson) return;
  const header: PlayHeader = scenario ?? { title: { vi: id, en: '(draft)' }, contact: 'Người lạ', platform: '?', minutes: 0 };
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    const finished = await playScenario(storyJson, header, {
      input: lines[Symbol.asyncIterator](),
      write: (text) => process.stdout.write(text),
      interactive: Boolean(process.stdin.isTTY),
    });
    if (!finished) process.exitCode = 1;
  } finally {
    lines.close();
  }
}
