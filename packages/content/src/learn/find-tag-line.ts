import { parseTag } from './parse-tag.js';

/**
 * The 1-based line of the first tag `# name` (with `value`, when given) in an Ink source.
 * inkjs reports global tags without positions, so their lines are found in the text.
 */
export function findTagLine(source: string, name: string, value?: string): number | undefined {
  const index = source
    .split('\n')
    .findIndex((line) => line.split('#').slice(1).map(parseTag).some((tag) => tag.name === name && (value === undefined || tag.value === value)));
  return index < 0 ? undefined : index + 1;
}
