import type { ReportScreenshot } from '../../api/api-types.js';

/** The server's limits for screenshots (`REPORT_LIMITS`), checked here first with kind messages. */
export const SCREENSHOT_LIMITS = { count: 5, bytes: 5 * 1024 * 1024 } as const;
export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg'] as const;

/** A screenshot chosen in the form, before it is sent. */
export interface ChosenScreenshot {
  id: string;
  name: string;
  mime: ReportScreenshot['mime'];
  size: number;
  file: Blob;
}

export type ScreenshotProblem =
  | { kind: 'tooMany'; max: number }
  | { kind: 'tooBig'; name: string; mb: number }
  | { kind: 'wrongType'; name: string };

/** The part of a `File` the check reads. */
export interface FileLike {
  name: string;
  type: string;
  size: number;
}

/**
 * Which of the newly picked files can join the ones already chosen, and what is wrong with
 * the others. Files beyond the count limit are refused with one message.
 */
export function checkScreenshots<F extends FileLike>(already: number, picked: readonly F[]): { accepted: F[]; problems: ScreenshotProblem[] } {
  const accepted: F[] = [];
  const problems: ScreenshotProblem[] = [];
  let tooMany = false;
  for (const file of picked) {
    if (!(SCREENSHOT_TYPES as readonly string[]).includes(file.type)) problems.push({ kind: 'wrongType', name: file.name });
    else if (file.size > SCREENSHOT_LIMITS.bytes) problems.push({ kind: 'tooBig', name: file.name, mb: SCREENSHOT_LIMITS.bytes / 1024 / 1024 });
    else if (already + accepted.length >= SCREENSHOT_LIMITS.count) tooMany = true;
    else accepted.push(file);
  }
  if (tooMany) problems.push({ kind: 'tooMany', max: SCREENSHOT_LIMITS.count });
  return { accepted, problems };
}

/** Base64 of a file's bytes, as the API takes screenshots. */
export async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
