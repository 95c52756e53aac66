import { OUTCOMES, SPEAKERS, type Outcome, type Speaker } from './learn-types.js';
import { parseTag } from './parse-tag.js';
import { GLOBAL_TAG_NAMES, LINE_TAG_NAMES, MAX_DELAY_MS } from './scenario-tag-names.js';
import { isSignalId, type SignalId } from './taxonomy-ids.js';

/** What the tags of one scenario line say, for a player to show it. */
export interface LineTags {
  /** Who says the line; absent on debrief lines. */
  from?: Speaker;
  /** Pause before showing the line, in milliseconds. */
  delay?: number;
  /** Red flags the line shows (signal ids). */
  flags: SignalId[];
  /** Set on the line that ends a path. */
  outcome?: Outcome;
  /** A lesson line shown after the outcome. */
  debrief: boolean;
}

/** The tags of a line, read, with what is wrong with them in words an author can act on. */
export interface ReadLineTagsResult {
  tags: LineTags;
  problems: string[];
}

/**
 * Reads the tags of one line (as `story.currentTags` gives them, global tags removed).
 * Invalid tags are left out of `tags` and described in `problems`; whether a line *needs*
 * `# from:` is the caller's rule, since choices and debrief lines go without.
 *
 * @example readLineTags(['from: them', 'flag: urgency']).tags // {from: 'them', flags: ['urgency'], debrief: false}
 */
export function readLineTags(raw: readonly string[]): ReadLineTagsResult {
  const tags: LineTags = { flags: [], debrief: false };
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { name, value } of raw.map(parseTag)) {
    const once = name === 'from' || name === 'delay' || name === 'outcome' || name === 'debrief';
    if (once && seen.has(name)) {
      problems.push(`more than one \`# ${name}\` on this line`);
      continue;
    }
    seen.add(name);
    switch (name) {
      case 'from':
        if ((SPEAKERS as readonly string[]).includes(value)) tags.from = value as Speaker;
        else problems.push(`\`# from: ${value}\`: expected one of ${SPEAKERS.join(', ')}`);
        break;
      case 'delay': {
        const ms = /^\d+$/.test(value) ? Number(value) : Number.NaN;
        if (ms <= MAX_DELAY_MS) tags.delay = ms;
        else problems.push(`\`# delay: ${value}\`: expected whole milliseconds from 0 to ${MAX_DELAY_MS}`);
        break;
      }
      case 'flag':
        if (isSignalId(value)) tags.flags.push(value);
        else problems.push(`\`# flag: ${value}\`: not a signal id of the taxonomy (docs/taxonomy.md)`);
        break;
      case 'outcome':
        if ((OUTCOMES as readonly string[]).includes(value)) tags.outcome = value as Outcome;
        else problems.push(`\`# outcome: ${value}\`: expected safe or unsafe`);
        break;
      case 'debrief':
        if (value) problems.push(`\`# debrief\` takes no value (found "${value}")`);
        tags.debrief = true;
        break;
      default:
        problems.push(
          (GLOBAL_TAG_NAMES as readonly string[]).includes(name)
            ? `\`# ${name}:\` is a file tag: write it once at the top of the file, before any line`
            : `unknown tag \`# ${name}\`: a line may carry ${LINE_TAG_NAMES.map((n) => `# ${n}`).join(', ')}`,
        );
    }
  }
  if (tags.debrief && raw.length > 1) problems.push('a debrief line carries only `# debrief` (no `# from:`, flag or delay)');
  return { tags, problems };
}
