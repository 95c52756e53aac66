import { findTagLine } from './find-tag-line.js';
import { BANDS, PLATFORMS, STRANDS, type Band, type ContentError, type Scenario, type Strand } from './learn-types.js';
import { parseTag } from './parse-tag.js';
import { GLOBAL_TAG_NAMES, LINE_TAG_NAMES } from './scenario-tag-names.js';
import { isSchemeId } from './taxonomy-ids.js';

/** What a scenario's file tags declare: everything of a {@link Scenario} but its id and story. */
export type ScenarioHeader = Omit<Scenario, 'id' | 'storyJson'>;

/** The longest a scenario may claim to take, in minutes. */
const MAX_MINUTES = 60;

/**
 * Reads and checks the global tags at the top of a scenario (`story.globalTags`): each of
 * {@link GLOBAL_TAG_NAMES} exactly once, `# scheme:` at least once, values from the fixed lists.
 */
export function readScenarioHeader(globalTags: readonly string[], source: string, file: string): { header?: ScenarioHeader; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const fail = (name: string, message: string, value?: string): void => {
    const line = findTagLine(source, name, value);
    errors.push(line === undefined ? { file, message } : { file, line, message });
  };
  const values = new Map<string, string[]>();
  for (const { name, value } of globalTags.map(parseTag)) {
    if (!(GLOBAL_TAG_NAMES as readonly string[]).includes(name)) {
      fail(
        name,
        (LINE_TAG_NAMES as readonly string[]).includes(name)
          ? `\`# ${name}\` is a line tag: it belongs after the text of a line, not at the top of the file`
          : `unknown file tag \`# ${name}\`: the top of a scenario carries ${GLOBAL_TAG_NAMES.map((n) => `# ${n}`).join(', ')}`,
      );
      continue;
    }
    values.set(name, [...(values.get(name) ?? []), value]);
  }

  const one = (name: string): string | undefined => {
    const found = values.get(name) ?? [];
    if (found.length === 0) fail(name, `missing file tag \`# ${name}:\` at the top of the scenario`);
    else if (found.length > 1) fail(name, `\`# ${name}:\` is given ${found.length} times; write it once`);
    else if (!found[0]) fail(name, `\`# ${name}:\` is empty`);
    else return found[0];
    return undefined;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const value = one(name);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    fail(name, `\`# ${name}: ${value}\`: expected one of ${allowed.join(', ')}`, value);
    return undefined;
  };

  const title = one('title');
  const titleEn = one('title_en');
  const band = oneOf<Band>('band', BANDS);
  const strand = oneOf<Strand>('strand', STRANDS);
  const contact = one('contact');
  const platform = oneOf('platform', PLATFORMS);
  const minutesText = one('minutes');
  const minutes = Number(minutesText);
  if (minutesText !== undefined && !(/^\d+$/.test(minutesText) && minutes >= 1 && minutes <= MAX_MINUTES)) {
    fail('minutes', `\`# minutes: ${minutesText}\`: expected a whole number of minutes from 1 to ${MAX_MINUTES}`);
  }
  const schemes = values.get('scheme') ?? [];
  if (schemes.length === 0) fail('scheme', 'missing file tag `# scheme:` (one per scheme the scenario teaches, at least one)');
  for (const scheme of schemes.filter((s) => !isSchemeId(s))) {
    fail('scheme', `\`# scheme: ${scheme}\`: not a scheme id of the taxonomy (docs/taxonomy.md)`, scheme);
  }
  if (new Set(schemes).size !== schemes.length) fail('scheme', 'a `# scheme:` is repeated');

  if (errors.length > 0 || !title || !titleEn || !band || !strand || !contact || !platform) return { errors };
  return { header: { title: { vi: title, en: titleEn }, band, strand, schemes, contact, platform, minutes }, errors };
}
