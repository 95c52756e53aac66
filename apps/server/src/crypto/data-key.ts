import { join } from 'node:path';
import { readOrCreateSecret } from '../config/local-secret.js';
import { DATA_KEY_BYTES } from './data-cipher.js';

/** Decodes a data key written in base64 or base64url; throws unless it is exactly 32 bytes. */
export function parseDataKey(encoded: string): Buffer {
  const key = Buffer.from(encoded.trim(), 'base64');
  if (key.length !== DATA_KEY_BYTES) throw new Error(`The data key must be ${DATA_KEY_BYTES} bytes in base64, got ${key.length} bytes`);
  return key;
}

/**
 * The key that encrypts case contents: `KMM_DATA_KEY` when set (every instance of a cluster
 * needs the same one), else `<varDir>/data-key`, created with mode 0600 on first start.
 * Losing it makes every stored report unreadable, so back it up apart from the database.
 */
export function loadDataKey(config: { KMM_DATA_KEY?: string | undefined; KMM_VAR_DIR: string }): Buffer {
  return parseDataKey(config.KMM_DATA_KEY ?? readOrCreateSecret(join(config.KMM_VAR_DIR, 'data-key')));
}
