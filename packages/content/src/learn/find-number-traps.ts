import type { ContentError } from './learn-types.js';

// inkjs writes a story's JSON with a float fix-up that turns ", 150.000" into broken JSON
// on Node 20 and Safari, so the story compiles but cannot be loaded on those devices.
const TRAP = /,\s*\d+\.0/;

/**
 * Lines whose text would break the compiled story: a comma followed by a number with a
 * ".0…" part, as Vietnamese prices often read ("sau đó, 150.000đ").
 */
export function findNumberTraps(source: string, file: string): ContentError[] {
  return source.split('\n').flatMap((text, index) =>
    TRAP.test(text)
      ? [{ file, line: index + 1, message: `"${TRAP.exec(text)![0]}…": inkjs breaks on a comma before a number like 150.000; reword (e.g. "150 nghìn", or drop the comma)` }]
      : [],
  );
}
