import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoAccounts: { role: string; email: string; password: string }[];
  }
}

const ROOT = join(import.meta.dirname, '..');

/**
 * Starts the product exactly as a user would (`kmm start`), on a fresh SQLite file in a
 * temporary folder and a free port, and hands the URL and the printed demo accounts to the tests.
 */
export default async function setup(project: TestProject) {
  const varDir = mkdtempSync(join(tmpdir(), 'kmm-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['apps/cli/bin/kmm.js', 'start'], {
    cwd: ROOT,
    // The whole browser suite comes from one address; the rate limits have their own tests.
    env: { ...process.env, RATE_LIMIT_PER_MINUTE: '100000', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(varDir, 'kmm.sqlite')}`, KMM_VAR_DIR: varDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  const { baseUrl, accounts } = await new Promise<{ baseUrl: string; accounts: { role: string; email: string; password: string }[] }>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      const accounts = [...output.matchAll(/^\s+(\w+)\s+(\S+@demo\.khongmotminh\.vn)\s+(\S+)$/gm)].map((m) => ({
        role: m[1]!,
        email: m[2]!,
        password: m[3]!,
      }));
      resolve({ baseUrl: url.replace('localhost', '127.0.0.1'), accounts });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });

  project.provide('baseUrl', baseUrl);
  project.provide('demoAccounts', accounts);

  return async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(varDir, { recursive: true, force: true });
  };
}
