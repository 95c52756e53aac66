import { describe, expect, it } from 'vitest';
import { newTicketCode, normalizeTicketCode } from './ticket-code.js';

describe('ticket codes', () => {
  it('are random, readable and read back however they are typed', () => {
    const codes = new Set(Array.from({ length: 200 }, newTicketCode));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^VE-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
      expect(normalizeTicketCode(code.toLowerCase().replaceAll('-', ' '))).toBe(code);
      expect(normalizeTicketCode(code.slice(3))).toBe(code);
    }
  });
});
