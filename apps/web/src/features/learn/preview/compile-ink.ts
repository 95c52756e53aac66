import { parseInkIssues, type InkIssue } from './ink-errors.js';

/** What compiling an author's ink text gave: a playable story, or the problems by line. */
export interface CompileResult {
  storyJson?: string;
  /** The story's global tags (`title: …`, `contact: …`), for the chat header. */
  globalTags: string[];
  issues: InkIssue[];
}

/**
 * Compiles ink in the browser. The compiler is large, so it is loaded only here, as a
 * separate chunk. (The house-style checks of `kmm content validate` are not loaded here:
 * bundled for the browser together, inkjs's compiler and engine modules hit an
 * initialisation cycle; the build still enforces them.)
 */
export async function compileInk(source: string): Promise<CompileResult> {
  const { Compiler } = await import('inkjs/compiler/Compiler');
  const compiler = new Compiler(source);
  let storyJson: string | undefined;
  let globalTags: string[] = [];
  try {
    const story = compiler.Compile();
    if (compiler.errors.length === 0) {
      storyJson = story.ToJson() ?? undefined;
      globalTags = story.globalTags ?? [];
    }
  } catch (e) {
    if (compiler.errors.length === 0) return { globalTags, issues: [{ severity: 'error', message: e instanceof Error ? e.message : String(e) }] };
  }
  const issues = parseInkIssues(compiler.errors, compiler.warnings);
  return storyJson === undefined ? { globalTags, issues } : { storyJson, globalTags, issues };
}

/** The value of a global tag (`contact: Anh Tuấn` → "Anh Tuấn"), if present. */
export function globalTag(tags: readonly string[], key: string): string | undefined {
  return globalTagValues(tags, key)[0];
}

/** Every value of a repeated global tag (`scheme: a`, `scheme: b`). */
export function globalTagValues(tags: readonly string[], key: string): string[] {
  return tags.flatMap((tag) => {
    const colon = tag.indexOf(':');
    return colon > 0 && tag.slice(0, colon).trim() === key ? [tag.slice(colon + 1).trim()] : [];
  });
}
