/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { Story } from 'inkjs/engine/Story';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compile-scenario.js';
import type { ContentError } from './learn-types.js';

// The template of docs/content-guide.md: the guide promises it passes, so it is the fixture.
const guide = readFileSync(new URL('../../../../docs/content-guide.md', import.meta.url), 'utf8');
const TEMPLATE = /```ink\n([\s\S]*?)```/.exec(guide)![1]!;

/** The template with `from` replaced by `to` (which must occur in it). */
function edit(from: string, to: string, source = TEMPLATE): string {
  expect(source).toContain(from);
  return source.replace(from, to);
}

/** The line of the template holding `text`, 1-based. */
function lineOf(text: string): number {
  return TEMPLATE.split('\n').findIndex((line) => line.includes(text)) + 1;
}

function errorsOf(source: string): ContentError[] {
  const { scenario, errors } = compileScenario('mau', source);
  expect(scenario).toBeUndefined();
  expect(errors.length).toBeGreaterThan(0);
  return errors;
}

describe('compileScenario', () => {
  it('compiles the guide template into a playable scenario, without errors', () => {
    const { scenario, errors } = compileScenario('trung-thuong-dien-thoai', TEMPLATE);
    expect(errors).toEqual([]);
    expect(scenario).toMatchObject({
      id: 'trung-thuong-dien-thoai',
      title: { vi: 'Trúng thưởng điện thoại?', en: 'Won a phone?' },
      band: 'primary',
      strand: 'scams',
      schemes: ['prize_scam'],
      contact: 'Shop Quà Tặng 24h',
      platform: 'messenger',
      minutes: 3,
    });
    const story = new Story(scenario!.storyJson);
    expect(story.Continue()).toContain('Em đang xem video');
  });

  it('reports compile errors with their line', () => {
    const errors = errorsOf(edit('  -> fee\n', '  -> fees\n'));
    expect(errors).toContainEqual({ file: 'scenarios/mau.ink', line: lineOf('  -> fee'), message: expect.stringMatching(/Divert target not found: '-> fees'/) });
  });

  it('refuses unknown tags and bad tag values, at their line', () => {
    const bad = errorsOf(edit('# delay: 800', '# delay: 20000 # colour: red # flag: free_money'));
    const line = lineOf('# delay: 800');
    expect(bad).toContainEqual({ file: 'scenarios/mau.ink', line, message: expect.stringMatching(/delay: 20000.*0 to 10000/) });
    expect(bad).toContainEqual({ file: 'scenarios/mau.ink', line, message: expect.stringMatching(/unknown tag `# colour`/) });
    expect(bad).toContainEqual({ file: 'scenarios/mau.ink', line, message: expect.stringMatching(/flag: free_money.*not a signal id/) });
  });

  it('refuses a scheme outside the taxonomy and a bad file tag, at their line', () => {
    const errors = errorsOf(edit('# platform: messenger', '# platform: myspace', edit('# scheme: prize_scam', '# scheme: pizza_scam')));
    expect(errors).toContainEqual({ file: 'scenarios/mau.ink', line: lineOf('# scheme:'), message: expect.stringMatching(/pizza_scam.*not a scheme id/) });
    expect(errors).toContainEqual({ file: 'scenarios/mau.ink', line: lineOf('# platform:'), message: expect.stringMatching(/platform: myspace.*expected one of zalo/) });
  });

  it('requires every file tag, and no line tag at the top', () => {
    const errors = errorsOf(edit('# contact: Shop Quà Tặng 24h\n', '# from: them\n'));
    expect(errors).toContainEqual({ file: 'scenarios/mau.ink', message: expect.stringMatching(/missing file tag `# contact:`/) });
    expect(errors).toContainEqual({ file: 'scenarios/mau.ink', line: lineOf('# contact:'), message: expect.stringMatching(/`# from` is a line tag/) });
  });

  it('requires exactly one `# from:` on each line', () => {
    const missing = errorsOf(edit('Mẹ chỉ em cách chặn và báo cáo trang đó. # from: system', 'Mẹ chỉ em cách chặn và báo cáo trang đó.'));
    expect(missing).toContainEqual({ file: 'scenarios/mau.ink', line: lineOf('Mẹ chỉ em cách chặn'), message: expect.stringMatching(/without `# from:`/) });
    const twice = errorsOf(edit('# from: system # outcome: unsafe', '# from: system # from: me # outcome: unsafe'));
    expect(twice.map((e) => e.message)).toContainEqual(expect.stringMatching(/more than one `# from`/));
  });

  it('finds a missing outcome: a dead end, and the outcome no path reaches', () => {
    const errors = errorsOf(edit(' # outcome: unsafe', ''));
    const messages = errors.map((e) => e.message);
    expect(messages).toContainEqual(expect.stringMatching(/dead end: this path stops without an outcome.*e\.g\. path "Hỏi cách nhận quà" → "Xin tiền để chuyển" → "Chuyển luôn"/));
    expect(messages).toContainEqual(expect.stringMatching(/no path reaches `# outcome: unsafe`/));
  });

  it('finds a dead end that stops before any ending', () => {
    const errors = errorsOf(edit('  -> ending_told\n* [Chặn luôn]', '  -> END\n* [Chặn luôn]'));
    expect(errors).toContainEqual({ file: 'scenarios/mau.ink', line: lineOf('Mai con kể cho cô'), message: expect.stringMatching(/^dead end/) });
  });

  it('requires two debrief lines after each outcome, and none before it', () => {
    const short = errorsOf(edit('Kể với bố mẹ, thầy cô là việc làm đúng và dũng cảm. # debrief\n', ''));
    expect(short).toContainEqual({ file: 'scenarios/mau.ink', line: lineOf('# outcome: safe'), message: expect.stringMatching(/at least 2 `# debrief` lines after it \(found 1\)/) });
    const early = errorsOf(edit('Mẹ chỉ em cách chặn và báo cáo trang đó. # from: system', 'Mẹ chỉ em cách chặn và báo cáo trang đó. # debrief'));
    expect(early.map((e) => e.message)).toContainEqual(expect.stringMatching(/debrief` line before the outcome/));
  });

  it('requires at least three choices on every path', () => {
    const errors = errorsOf(edit('  -> ask_mum\n\n=== fee ===', '  -> ending_told\n\n=== fee ==='));
    expect(errors).toContainEqual({
      file: 'scenarios/mau.ink',
      line: lineOf('# outcome: safe'),
      message: expect.stringMatching(/after 1 choice\(s\); every path needs at least 3 — e\.g\. path "Đưa mẹ xem"/),
    });
  });

  it('requires both outcomes to be reachable', () => {
    const errors = errorsOf(edit('# outcome: unsafe', '# outcome: safe'));
    expect(errors).toEqual([{ file: 'scenarios/mau.ink', message: 'no path reaches `# outcome: unsafe`; both outcomes must be reachable' }]);
  });

  it('keeps outcomes in ending knots and stops a path after its debrief', () => {
    const outside = errorsOf(edit('=== ending_lost_money ===', '=== lost_money ===', edit('-> ending_lost_money', '-> lost_money')));
    expect(outside.map((e) => e.message)).toContainEqual(expect.stringMatching(/`# outcome:` belongs in an ending knot.*"lost_money"/));
    expect(outside.map((e) => e.message)).toContainEqual(expect.stringMatching(/1 ending knot\(s\); a scenario needs at least 2/));
    const chatting = errorsOf(edit('Hãy kể ngay với bố mẹ hoặc thầy cô; gọi 111 (miễn phí) nếu cần giúp. # debrief\n', '$&Sao em không trả lời? # from: them\n'));
    expect(chatting.map((e) => e.message)).toContainEqual(expect.stringMatching(/only `# debrief` lines may follow the outcome/));
  });

  it('finds knots no path reaches', () => {
    const errors = errorsOf(`${TEMPLATE}\n=== forgotten ===\nNobody comes here. # from: system\n-> END\n`);
    expect(errors).toContainEqual({ file: 'scenarios/mau.ink', line: expect.any(Number), message: 'knot "forgotten" is never reached: no path leads to it' });
  });

  it('finds loops that could keep a learner from every ending, without hanging', () => {
    // Sticky choices (+) come back every time: "Hỏi lại" can be chosen forever.
    const looping = edit('* [Bỏ qua tin nhắn] Con không trả lời nữa. # from: me\n  -> report', '+ [Hỏi lại] Mẹ nói lại được không ạ? # from: me\n  -> ask_mum', edit('* [Chụp màn hình]', '+ [Chụp màn hình]'));
    const errors = errorsOf(looping);
    expect(errors).toContainEqual({ file: 'scenarios/mau.ink', line: lineOf('[Chụp màn hình]'), message: expect.stringMatching(/^loop: these choices can come round again/) });
  });

  it('refuses file names that are not lowercase words and hyphens', () => {
    const { errors } = compileScenario('Robux Free', TEMPLATE);
    expect(errors).toEqual([{ file: 'scenarios/Robux Free.ink', message: expect.stringMatching(/use lowercase letters, digits and hyphens/) }]);
  });
});
