import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'kmm-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('graceful shutdown', () => {
  it('finishes in-flight requests on SIGTERM, exits 0 and closes SQLite cleanly', async () => {
    const file = join(dir, 'kmm.sqlite');
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'test-support/serve-fixture.ts')], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${file}`, KMM_VAR_DIR: dir, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /READY (\S+)/.exec(out);
        if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
      });
      child.once('exit', (code) => reject(new Error(`exited early (${code}): ${out}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

    const session = await fetch(`${url}/api/auth/session`);
    const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const wrongLogin = () =>
      fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ email: 'student@demo.khongmotminh.vn', password: 'wrong password' }),
      });
    // The first start seeded the demo accounts; from the fourth wrong password on, the
    // answer is held back for half a second — a request that is surely in flight at SIGTERM.
    for (let i = 0; i < 3; i += 1) expect((await wrongLogin()).status).toBe(401);
    const started = Date.now();
    const slow = wrongLogin();
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGTERM');

    const response = await slow;
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_credentials');
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(await exited).toBe(0);

    // A clean close checkpoints the WAL into the main file and removes it.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('select count(*) as n from provinces').get()).toEqual({ n: 34 });
    db.close();
  }, 30_000);
});
