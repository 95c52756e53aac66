import type { z } from 'zod';
import { formatIssuePath } from './format-issue-path.js';
import type { PathLocator } from './create-path-locator.js';
import type { ContentError } from './learn-types.js';

/** Schema issues as content errors of `file`, each at the line of the value it is about. */
export function schemaIssues(error: z.ZodError, file: string, locate: PathLocator): ContentError[] {
  return error.issues.map((issue) => {
    const where = formatIssuePath(issue.path);
    const message = where ? `${where}: ${issue.message}` : issue.message;
    const line = locate(issue.path);
    return line === undefined ? { file, message } : { file, line, message };
  });
}
