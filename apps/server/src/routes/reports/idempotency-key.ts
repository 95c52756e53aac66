import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { DataCipher, DATA_KEY_BYTES } from '../../crypto/data-cipher.js';

/**
 * A client's `Idempotency-Key` as the server uses it, without ever storing it: the SHA-256
 * names the row, and keys derived from the key itself (HKDF) seal the PIN and sign the body.
 * So only the device that holds the key can get the PIN back or tell which body it sent;
 * the database with the server's data key is not enough. Keys are random UUIDs (122 bits).
 */
export class IdempotencyKey {
  /** SHA-256 of the key, hex: what the database stores and looks up. */
  readonly hash: string;
  readonly #macKey: Buffer;
  readonly #pinCipher: DataCipher;

  constructor(key: string) {
    this.hash = createHash('sha256').update(key, 'utf8').digest('hex');
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', key, 'kmm-report-idempotency', info, DATA_KEY_BYTES));
    this.#macKey = derive('body-mac');
    this.#pinCipher = new DataCipher(derive('pin-seal'));
  }

  /** HMAC-SHA256 of the body as parsed, so a retry that re-orders keys or spaces still matches. */
  macOf(body: unknown): string {
    return createHmac('sha256', this.#macKey).update(JSON.stringify(body), 'utf8').digest('base64url');
  }

  /** Whether a stored MAC is this body's; constant time. */
  sameBody(storedMac: string, mac: string): boolean {
    const a = Buffer.from(storedMac);
    const b = Buffer.from(mac);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** The PIN sealed so that only this key opens it. */
  sealPin(pin: string): string {
    return this.#pinCipher.encrypt(pin);
  }

  /** Opens {@link sealPin}; throws when sealed under another key. */
  openPin(sealed: string): string {
    return this.#pinCipher.decrypt(sealed);
  }
}
