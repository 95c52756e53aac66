import { join, relative } from 'node:path';
import type { LearnCatalogStats } from '@kmm/content';
import { CONTENT_DIR, loadLearnCatalog } from '@kmm/content/node';

/** Options of `kmm content validate`. */
export interface ContentValidateOptions {
  /** Print {@link ContentValidation} as JSON instead of a summary. */
  json?: boolean;
  /** The content directory (default: packages/content). */
  dir?: string;
}

/** What `kmm content validate --json` prints: the catalog's counts and every error. */
export interface ContentValidation extends LearnCatalogStats {
  /** Files relative to the working directory; `line` is null when a problem has no single line. */
  errors: { file: string; line: number | null; message: string }[];
}

/** Validates the Learn content of `contentDir`, with file names relative to `cwd`. */
export function validateContent(contentDir: string, cwd: string): ContentValidation {
  const { stats, errors } = loadLearnCatalog(contentDir);
  return { ...stats, errors: errors.map((e) => ({ file: relative(cwd, join(contentDir, e.file)), line: e.line ?? null, message: e.message })) };
}

/** The readable report: counts, then one `file:line  message` per error, then the verdict. */
export function formatContentValidation(result: ContentValidation): string {
  const lines = [
    `Nội dung Học / Learn content: ${result.scenarios} scenarios, ${result.quizzes} quizzes (${result.questions} questions), ${result.lessons} lessons`,
  ];
  for (const error of result.errors) lines.push(`${error.file}${error.line === null ? '' : `:${error.line}`}  ${error.message}`);
  lines.push(result.errors.length === 0 ? '✓ Không có lỗi / No errors' : `✗ ${result.errors.length} lỗi / error(s)`);
  return lines.join('\n');
}

/** `kmm content validate [--json] [--dir DIR]`: checks every content file; exit status 1 on any error. */
export function contentValidateCommand(options: ContentValidateOptions): void {
  const result = validateContent(options.dir ?? CONTENT_DIR, process.cwd());
  console.log(options.json ? JSON.stringify(result, null, 2) : formatContentValidation(result));
  if (result.errors.length > 0) process.exitCode = 1;
}
