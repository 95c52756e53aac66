import { z } from 'zod';

/** Largest text the check endpoint accepts in one field (the body itself is capped at 64 KB). */
const MAX_TEXT = 60_000;

const message = z.object({ from: z.enum(['them', 'me']), text: z.string().max(MAX_TEXT) });

/** Exactly one of: a text, a conversation, a URL or a phone number. */
export const checkBody = z.union([
  z.strictObject({ text: z.string().min(1).max(MAX_TEXT) }),
  z.strictObject({ messages: z.array(message).min(1).max(5_000) }),
  z.strictObject({ url: z.string().min(1).max(4_096) }),
  z.strictObject({ phone: z.string().min(1).max(64) }),
]);
