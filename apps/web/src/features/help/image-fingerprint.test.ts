import { describe, expect, it } from 'vitest';
import { hashingSize } from './image-fingerprint.js';

describe('hashingSize', () => {
  it('keeps images that fit in 512×512 and squashes larger ones to it, as Meta’s tools do', () => {
    expect(hashingSize(300, 200)).toEqual({ width: 300, height: 200 });
    expect(hashingSize(512, 512)).toEqual({ width: 512, height: 512 });
    expect(hashingSize(1920, 1080)).toEqual({ width: 512, height: 512 });
  });
});
