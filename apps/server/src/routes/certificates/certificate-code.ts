import { newReadableCode, normalizeReadableCode } from '../../codes/readable-code.js';

const PREFIX = 'KMM';

/** A new verification code like `KMM-7F3K-9QX2` (40 random bits). */
export function newCertificateCode(): string {
  return newReadableCode(PREFIX);
}

/** Normalises a typed code: upper case, O→0, I/L→1, spaces removed. */
export function normalizeCertificateCode(input: string): string {
  return normalizeReadableCode(input, PREFIX);
}
