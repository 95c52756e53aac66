/** Who says a line in a chat simulation. */
export type Speaker = 'them' | 'me' | 'system';

/** How a scenario ended: never a verdict on the child, only on what happened. */
export type Outcome = 'safe' | 'unsafe';

/** What the house-style tags of one Ink line say about it. */
export interface LineMeta {
  /** `from: them|me|system`; lines without it are narration (`system`). */
  from: Speaker;
  /** `delay: <ms>`: how long the other person "types" before the line appears; 0 when absent. */
  delay: number;
  /** `flag: <signal id>`, once per red flag on this line (taxonomy signal ids). */
  flags: string[];
  /** `outcome: safe|unsafe`, on the line that ends the story. */
  outcome?: Outcome;
  /** `debrief`: an author's lesson line, shown after the ending. */
  debrief: boolean;
}

const SPEAKERS: ReadonlySet<string> = new Set(['them', 'me', 'system']);

/**
 * Reads the house-style tags of one line. Unknown tags (including the story's global tags
 * `title`, `band`, `contact`… if they reach here) are ignored.
 */
export function parseLineTags(tags: readonly string[]): LineMeta {
  const meta: LineMeta = { from: 'system', delay: 0, flags: [], debrief: false };
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag === 'debrief') {
      meta.debrief = true;
      continue;
    }
    const colon = tag.indexOf(':');
    if (colon < 0) continue;
    const key = tag.slice(0, colon).trim().toLowerCase();
    const value = tag.slice(colon + 1).trim();
    switch (key) {
      case 'from':
        if (SPEAKERS.has(value)) meta.from = value as Speaker;
        break;
      case 'delay': {
        const ms = Number(value);
        if (Number.isFinite(ms) && ms > 0) meta.delay = Math.min(ms, 10_000);
        break;
      }
      case 'flag':
        if (value && !meta.flags.includes(value)) meta.flags.push(value);
        break;
      case 'outcome':
        if (value === 'safe' || value === 'unsafe') meta.outcome = value;
        break;
    }
  }
  return meta;
}
