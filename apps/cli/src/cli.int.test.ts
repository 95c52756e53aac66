import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'kmm-cli-'));
const bin = join(import.meta.dirname, '../bin/kmm.js');
const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'kmm.sqlite')}`, KMM_VAR_DIR: dir };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kmm(args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kmm', () => {
  it('migrates and seeds the 34 provinces', () => {
    expect(kmm(['migrate']).stdout).toContain('0001-foundation');
    expect(kmm(['migrate']).stdout).toContain('Already up to date');
    expect(kmm(['seed']).stdout).toContain('Seeded 34 provinces');
  });

  it('creates a user, generating a password shown once when none is given', () => {
    const created = kmm(['user', 'create', '--role', 'expert', '--email', 'Tu.Van@Example.vn', '--province', 'hue']);
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/Password \(shown once\): \w{4}-\w{4}-\w{4}-\w{4}/);
    const db = new Database(join(dir, 'kmm.sqlite'), { readonly: true });
    const row = db.prepare("select role, province_id, password_hash from users where email = 'tu.van@example.vn'").get() as Record<string, string>;
    db.close();
    expect(row.role).toBe('expert');
    expect(row.province_id).toBe('hue');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('explains bad options instead of failing with a stack', () => {
    const badRole = kmm(['user', 'create', '--role', 'king', '--email', 'a@b.vn']);
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain('--role must be one of: student, parent, teacher, expert, organizer, admin');
    expect(badRole.stderr).not.toContain('    at ');
    const duplicate = kmm(['user', 'create', '--role', 'teacher', '--email', 'tu.van@example.vn', '--password', 'long enough pw']);
    expect(duplicate.status).toBe(1);
  });

  it('backs up SQLite online into a new file and refuses to overwrite one', () => {
    const target = join(dir, 'backup.sqlite');
    expect(kmm(['backup', target]).status).toBe(0);
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('select count(*) as n from provinces').get()).toEqual({ n: 34 });
    copy.close();
    const again = kmm(['backup', target]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('points to pg_dump for PostgreSQL', () => {
    const r = kmm(['backup', join(dir, 'x.sql')], { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('pg_dump');
    expect(existsSync(join(dir, 'x.sql'))).toBe(false);
  });
});

describe('kmm check', () => {
  it('prints a readable verdict with the evidence marked', () => {
    const r = kmm(['check', 'Anh là công an, em không được nói với bố mẹ, chuyển tiền vào tài khoản tạm giữ']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Mức độ: /);
    expect(r.stdout).toMatch(/\[[^\]]+\]/);
  });

  it('prints the result object with --json', () => {
    const r = kmm(['check', '--json', '--phone', '0912 345 678']);
    expect(JSON.parse(r.stdout).phones[0].e164).toBe('+84912345678');
  });

  it('runs batch mode over stdin, one answer per line, and keeps going past bad lines', () => {
    const input = ['{"id":"a","text":"Mã OTP của bạn là 123456"}', 'oops', '{"id":"c","messages":[{"from":"them","text":"xin chào"}]}', ''].join('\n');
    const r = spawnSync(process.execPath, [bin, 'check', '--jsonl'], { env, input, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c']);
    expect(lines[1].error).toBe('invalid JSON');
    expect(lines[0].risk).toBeDefined();
  });

  it('says what is missing when there is nothing to check', () => {
    const r = kmm(['check']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Nothing to check');
  });
});
