import type { ChatMessage } from '../types.js';

/** A turn of a pasted chat; `text` is exactly `original.slice(start, end)`. */
export interface ParsedMessage extends ChatMessage {
  /** The speaker's name as written, when the line named one. */
  speaker?: string;
  start: number;
  end: number;
}

/** A pasted chat split into turns. `speakers` is empty when no "Name: text" lines were found. */
export interface ParsedChat {
  messages: ParsedMessage[];
  speakers: string[];
  /** The speaker taken to be the reader ("me"), if any. */
  me?: string;
}

/** Names people and apps use for the reader's own lines. */
const SELF_NAMES = new Set(['bạn', 'ban', 'you', 'tôi', 'toi', 'me', 'mình', 'minh', 'tớ', 'to', 'tui', 'em', 'con']);

/** "[20:15]", "20:15", "12/09/2024 20:15", "Hôm qua 20:15", "Yesterday at 8:15 PM" before a name. */
const TIME_PREFIX =
  /^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|(?:(?:hôm qua|hôm nay|yesterday|today|thứ \S+|t[2-7]|cn)[ \t,]*(?:at|lúc)?[ \t]*)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t,]*)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ \t]*[ap]m)?[ \t,-]*)/i;

/** A speaker name (1–4 words, no sentence punctuation) followed by a colon. */
const SPEAKER = /^([^\s:.,!?;\d"“”][^:.,!?;"“”\n]{0,30}?)[ \t]*:[ \t]*/u;

/** Lines that only say something about delivery or time: dropped. */
const STATUS_LINE =
  /^[ \t]*(?:đã xem|đã gửi|đã nhận|seen(?: by .{0,40})?|sent|delivered|read|typing\.*|đang soạn tin.*|\d{1,2}[:h]\d{2}(?:[ \t]*[ap]m)?|(?:hôm qua|hôm nay|yesterday|today)(?:[ \t,]+(?:at|lúc)?[ \t]*\d{1,2}[:h]\d{2}(?:[ \t]*[ap]m)?)?|\d{1,2}\/\d{1,2}\/\d{2,4}(?:[ \t,]+\d{1,2}[:h]\d{2})?)[ \t]*$/i;

/** Lines that would make a nonsense speaker (links, times). */
const NOT_A_SPEAKER = /^(?:https?|www|ftp|mailto|tel)$/i;

interface Line {
  start: number;
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      let end = i;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      lines.push({ start, end });
      start = i + 1;
    }
  }
  return lines;
}

function wordCount(name: string): number {
  return name.trim().split(/\s+/).length;
}

/**
 * Splits a chat pasted from Zalo, Messenger and the like into turns.
 *
 * A line `Name: text` (optionally after a time such as `20:15` or `[20:15]`) starts a turn;
 * following lines without a name continue it; lines that only show a time or a delivery
 * status ("Đã xem", "Seen") are dropped. The reader ("me") is the speaker called "Bạn",
 * "You", "Tôi", "Mình"…; failing that, with exactly two speakers, the one who spoke second
 * (the person who receives a message usually pastes the chat they answered); everyone else
 * is "them". Text without any `Name:` line is one message from "them".
 *
 * @example
 * parseChat('Lan: chào em\nBạn: dạ').messages.map((m) => m.from) // ['them', 'me']
 */
export function parseChat(text: string): ParsedChat {
  // Without a colon no line names a speaker: the text is one message (most checks are).
  if (!text.includes(':')) return oneMessage(text);
  const turns: { speaker?: string; start: number; end: number }[] = [];
  let current: { speaker?: string; start: number; end: number } | undefined;
  const names = new Map<string, number>();
  for (const line of splitLines(text)) {
    const raw = text.slice(line.start, line.end);
    if (raw.trim() === '' || STATUS_LINE.test(raw)) {
      current = undefined;
      continue;
    }
    const time = TIME_PREFIX.exec(raw);
    const afterTime = time === null ? 0 : time[0].length;
    const speaker = SPEAKER.exec(raw.slice(afterTime));
    const name = speaker?.[1]?.trim();
    if (speaker !== null && name !== undefined && wordCount(name) <= 4 && !NOT_A_SPEAKER.test(name)) {
      const textStart = line.start + afterTime + speaker[0].length;
      if (!names.has(name)) names.set(name, names.size);
      current = { speaker: name, start: textStart, end: line.end };
      turns.push(current);
      continue;
    }
    if (current !== undefined) {
      current.end = line.end;
      continue;
    }
    const start = line.start + afterTime;
    current = { start, end: line.end };
    turns.push(current);
  }
  const speakers = [...names.keys()];
  const hasSelf = speakers.some((s) => SELF_NAMES.has(s.toLowerCase()));
  const named = turns.filter((t) => t.speaker !== undefined);
  const repeats = new Set(named.map((t) => t.speaker)).size < named.length;
  // Headings such as "Lưu ý:" or "Thông báo:" also look like names: without a reader's name,
  // only a back-and-forth (two or more speakers, one of them speaking again) is a chat.
  if (!hasSelf && (speakers.length < 2 || !repeats)) return oneMessage(text);
  const me =
    speakers.find((s) => SELF_NAMES.has(s.toLowerCase())) ?? (speakers.length === 2 ? speakers[1] : undefined);
  const messages = turns
    .filter((t) => t.end > t.start)
    .map((t): ParsedMessage => {
      const message: ParsedMessage = {
        from: t.speaker !== undefined && t.speaker === me ? 'me' : 'them',
        text: text.slice(t.start, t.end),
        start: t.start,
        end: t.end,
      };
      if (t.speaker !== undefined) message.speaker = t.speaker;
      return message;
    });
  return me === undefined ? { messages, speakers } : { messages, speakers, me };
}

/** The whole text, trimmed, as one message from "them". */
function oneMessage(text: string): ParsedChat {
  const start = text.length - text.trimStart().length;
  const end = Math.max(start, text.trimEnd().length);
  return { messages: [{ from: 'them', text: text.slice(start, end), start, end }], speakers: [] };
}
