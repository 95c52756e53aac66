/**
 * Loads the labelled corpus (`packages/detector/corpus/*.jsonl`). Each line is
 * `{"id", "text"}` or `{"id", "messages": [{"from", "text"}]}` with `schemes` (empty for a
 * benign example), the expected `risk`, `lang`, `split` ("train" | "test") and `tags`.
 * Malformed lines are counted and skipped so a corpus being edited never breaks training.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzeInput, ChatMessage, RiskLevel, SchemeId } from '../src/index.js';
import { RISK_LEVELS, SCHEME_IDS } from '../src/index.js';

export interface CorpusEntry {
  id: string;
  input: Exclude<AnalyzeInput, string>;
  schemes: SchemeId[];
  risk: RiskLevel;
  lang: string;
  split: 'train' | 'test';
  tags: string[];
  file: string;
}

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));

/** All well-formed entries of one split, in file then line order, ids de-duplicated. */
export function loadCorpus(split: 'train' | 'test', dir = CORPUS_DIR): { entries: CorpusEntry[]; skipped: number } {
  const entries: CorpusEntry[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      let raw: Record<string, unknown>;
      try {
        raw = JSON.parse(line) as Record<string, unknown>;
      } catch {
        skipped++;
        continue;
      }
      if (raw.split !== split) continue;
      const entry = toEntry(raw, file);
      if (entry === undefined || seen.has(entry.id)) {
        skipped++;
        continue;
      }
      seen.add(entry.id);
      entries.push(entry);
    }
  }
  return { entries, skipped };
}

function toEntry(raw: Record<string, unknown>, file: string): CorpusEntry | undefined {
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  const schemes = Array.isArray(raw.schemes) ? raw.schemes.filter((s): s is SchemeId => SCHEME_IDS.includes(s as SchemeId)) : undefined;
  const risk = RISK_LEVELS.includes(raw.risk as RiskLevel) ? (raw.risk as RiskLevel) : undefined;
  let input: CorpusEntry['input'] | undefined;
  if (typeof raw.text === 'string') input = { text: raw.text };
  else if (Array.isArray(raw.messages)) {
    const messages = (raw.messages as Partial<ChatMessage>[])
      .filter((m) => typeof m?.text === 'string')
      .map((m): ChatMessage => ({ from: m.from === 'me' ? 'me' : 'them', text: m.text ?? '' }));
    input = { messages };
  }
  if (id === undefined || schemes === undefined || risk === undefined || input === undefined) return undefined;
  return {
    id,
    input,
    schemes,
    risk,
    lang: typeof raw.lang === 'string' ? raw.lang : 'vi',
    split: raw.split as 'train' | 'test',
    tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [],
    file,
  };
}

/** The text the model learns from: the other party's words, folded. */
export function theirText(input: CorpusEntry['input']): string {
  if ('text' in input) return input.text;
  if ('messages' in input) return input.messages.filter((m) => m.from === 'them').map((m) => m.text).join('\n');
  return '';
}
