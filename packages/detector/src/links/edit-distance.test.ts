import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('vietcombank', 'vietcombank', 2)).toBe(0);
    expect(editDistance('vietconbank', 'vietcombank', 2)).toBe(1);
    expect(editDistance('shoppe', 'shopee', 2)).toBe(1); // swap
    expect(editDistance('facebok', 'facebook', 2)).toBe(1);
    expect(editDistance('mobiphone', 'mobifone', 2)).toBe(2);
  });

  it('stops at max + 1', () => {
    expect(editDistance('garena', 'roblox', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
