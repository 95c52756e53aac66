import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataCipher } from './data-cipher.js';
import { loadDataKey, parseDataKey } from './data-key.js';

describe('DataCipher', () => {
  const cipher = new DataCipher(randomBytes(32));

  it('round-trips text and bytes through a versioned envelope', () => {
    const envelope = cipher.encrypt('Em bị dọa tung ảnh 😢');
    expect(envelope).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(envelope).not.toContain('dọa');
    expect(cipher.decrypt(envelope)).toBe('Em bị dọa tung ảnh 😢');
    const bytes = randomBytes(1000);
    expect(cipher.decryptBytes(cipher.encryptBytes(bytes)).equals(bytes)).toBe(true);
    expect(cipher.decrypt(cipher.encrypt(''))).toBe('');
  });

  it('uses a fresh IV for every value', () => {
    expect(cipher.encrypt('same')).not.toBe(cipher.encrypt('same'));
  });

  it('refuses altered values, other keys and unknown versions', () => {
    const envelope = cipher.encrypt('secret');
    const [v, iv, tag, body] = envelope.split(':') as [string, string, string, string];
    const flipped = Buffer.from(body, 'base64url');
    flipped[0]! ^= 1;
    expect(() => cipher.decrypt([v, iv, tag, flipped.toString('base64url')].join(':'))).toThrow();
    expect(() => new DataCipher(randomBytes(32)).decrypt(envelope)).toThrow();
    expect(() => cipher.decrypt(`v2:${iv}:${tag}:${body}`)).toThrow(/known version/);
  });

  it('keeps null as null', () => {
    expect(cipher.encryptOptional(undefined)).toBeNull();
    expect(cipher.decryptOptional(null)).toBeNull();
  });

  it('accepts only 32-byte keys', () => {
    expect(() => new DataCipher(randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe('data key', () => {
  it('parses base64 and base64url of 32 bytes only', () => {
    const key = randomBytes(32);
    expect(parseDataKey(key.toString('base64')).equals(key)).toBe(true);
    expect(parseDataKey(key.toString('base64url')).equals(key)).toBe(true);
    expect(() => parseDataKey(randomBytes(31).toString('base64'))).toThrow(/32 bytes/);
  });

  it('creates a 0600 key file on first start and reads the same key afterwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kmm-key-'));
    try {
      const first = loadDataKey({ KMM_VAR_DIR: dir });
      expect(statSync(join(dir, 'data-key')).mode & 0o777).toBe(0o600);
      expect(loadDataKey({ KMM_VAR_DIR: dir }).equals(first)).toBe(true);
      const fromEnv = randomBytes(32);
      expect(loadDataKey({ KMM_VAR_DIR: dir, KMM_DATA_KEY: fromEnv.toString('base64') }).equals(fromEnv)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
