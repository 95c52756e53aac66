import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, WEB_DIST } from './paths.js';

// Everything the web bundle is built from.
const SOURCES = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/public', 'packages/detector/src', 'packages/content/src'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when the web app has no build yet or a source file is newer than the build. */
export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(REPO_ROOT, source)) > built);
}

/** Builds the web app with Vite when it is stale; a fresh build is skipped in milliseconds. */
export function ensureWebBuilt(log: (line: string) => void): void {
  if (!webBuildIsStale()) return;
  log('Đang dựng giao diện web (lần đầu mất khoảng nửa phút)… / Building the web app…');
  const result = spawnSync('npm', ['run', 'build', '-w', '@kmm/web'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The web app build failed; see the output above.');
}
