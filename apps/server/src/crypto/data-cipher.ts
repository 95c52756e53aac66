import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Bytes of a data key: AES-256. */
export const DATA_KEY_BYTES = 32;

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts sensitive values before they reach the database: AES-256-GCM with a fresh
 * random 12-byte IV per value, stored as `v1:<iv>:<tag>:<ciphertext>` (base64url). The
 * version prefix lets a later key or algorithm live beside old values.
 *
 * @example
 * const cipher = new DataCipher(randomBytes(32));
 * cipher.decrypt(cipher.encrypt('xin chào')) // 'xin chào'
 */
export class DataCipher {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== DATA_KEY_BYTES) throw new Error(`The data key must be ${DATA_KEY_BYTES} bytes, got ${key.length}`);
    this.#key = Buffer.from(key);
  }

  /** Seals bytes into an envelope. */
  encryptBytes(plain: Uint8Array): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join(':');
  }

  /** Opens an envelope; throws when it was altered or sealed under another key. */
  decryptBytes(envelope: string): Buffer {
    const [version, iv, tag, body, ...rest] = envelope.split(':');
    if (version !== VERSION || iv === undefined || tag === undefined || body === undefined || rest.length > 0) {
      throw new Error('Not an encrypted value of a known version');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
  }

  /** Seals a UTF-8 string. */
  encrypt(plain: string): string {
    return this.encryptBytes(Buffer.from(plain, 'utf8'));
  }

  /** Opens an envelope sealed by {@link encrypt}. */
  decrypt(envelope: string): string {
    return this.decryptBytes(envelope).toString('utf8');
  }

  /** {@link encrypt} that keeps null as null (optional fields, erased fields). */
  encryptOptional(plain: string | null | undefined): string | null {
    return plain === null || plain === undefined ? null : this.encrypt(plain);
  }

  /** {@link decrypt} that keeps null as null. */
  decryptOptional(envelope: string | null): string | null {
    return envelope === null ? null : this.decrypt(envelope);
  }
}
