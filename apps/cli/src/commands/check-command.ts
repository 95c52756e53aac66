import { createInterface } from 'node:readline';
import { analyze, type AnalyzeInput } from '@kmm/detector';
import { z } from 'zod';
import { formatVerdict, PLAIN_MARKER, TERMINAL_MARKER } from './check-format.js';

/** Options of `kmm check`. */
export interface CheckOptions {
  json?: boolean;
  jsonl?: boolean;
  url?: string;
  phone?: string;
  lang?: string;
}

const id = z.union([z.string(), z.number()]);
const batchLine = z.union([
  z.object({ id, text: z.string() }),
  z.object({ id, messages: z.array(z.object({ from: z.enum(['them', 'me']), text: z.string() })) }),
]);

/** One output line for one input line; a bad line yields `{id, error}` and never stops the batch. */
export function checkBatchLine(line: string): string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: 'invalid JSON' });
  }
  const parsed = batchLine.safeParse(raw);
  if (!parsed.success) {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
    return JSON.stringify({ id: id.safeParse(rawId).success ? rawId : null, error: `expected {"id","text"} or {"id","messages"}: ${message}` });
  }
  const { id: lineId, ...input } = parsed.data;
  return JSON.stringify({ id: lineId, ...analyze(input) });
}

async function runBatch(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer = '';
  for await (const line of lines) {
    if (!line.trim()) continue;
    buffer += `${checkBatchLine(line)}\n`;
    // Write in blocks: one write per line would dominate a 10,000-line batch.
    if (buffer.length > 64 * 1024) {
      process.stdout.write(buffer);
      buffer = '';
    }
  }
  process.stdout.write(buffer);
}

/** `kmm check`: a readable verdict, `--json` for the result object, `--jsonl` for batch mode on stdin. */
export async function checkCommand(text: string | undefined, options: CheckOptions): Promise<void> {
  if (options.jsonl) return runBatch();
  const input: AnalyzeInput | undefined = options.url ? { url: options.url } : options.phone ? { phone: options.phone } : text;
  if (input === undefined || input === '') {
    throw new Error('Nothing to check: give a text, --url or --phone (or --jsonl with lines on stdin).');
  }
  const result = analyze(input);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const lang = options.lang === 'en' ? 'en' : 'vi';
  const shown = options.url ?? options.phone ?? text ?? '';
  console.log(formatVerdict(shown, result, lang, process.stdout.isTTY ? TERMINAL_MARKER : PLAIN_MARKER));
}
