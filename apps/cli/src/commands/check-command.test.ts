import { describe, expect, it } from 'vitest';
import { checkBatchLine } from './check-command.js';

describe('checkBatchLine (kmm check --jsonl)', () => {
  it('answers a text line with the result under the same id', () => {
    const out = JSON.parse(checkBatchLine('{"id":"m1","text":"Anh là công an, em không được nói với bố mẹ"}'));
    expect(out.id).toBe('m1');
    expect(out.risk).not.toBe('safe');
    expect(out.signals.length).toBeGreaterThan(0);
  });

  it('answers a conversation line, numeric ids kept as numbers', () => {
    const out = JSON.parse(checkBatchLine('{"id":7,"messages":[{"from":"them","text":"chào em"},{"from":"me","text":"chào anh"}]}'));
    expect(out.id).toBe(7);
    expect(out.risk).toBeDefined();
  });

  it('turns malformed lines into {id, error} without throwing', () => {
    expect(JSON.parse(checkBatchLine('{not json'))).toEqual({ id: null, error: 'invalid JSON' });
    const missing = JSON.parse(checkBatchLine('{"id":"x2"}'));
    expect(missing.id).toBe('x2');
    expect(missing.error).toMatch(/expected \{"id","text"\}/);
    const badSpeaker = JSON.parse(checkBatchLine('{"id":"x3","messages":[{"from":"stranger","text":"hi"}]}'));
    expect(badSpeaker.id).toBe('x3');
    expect(badSpeaker.error).toBeDefined();
    expect(JSON.parse(checkBatchLine('null'))).toMatchObject({ id: null });
  });
});
