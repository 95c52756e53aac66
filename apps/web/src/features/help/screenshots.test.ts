import { describe, expect, it } from 'vitest';
import { checkScreenshots, toBase64 } from './screenshots.js';

const file = (name: string, type: string, size: number) => ({ name, type, size });

describe('checkScreenshots', () => {
  it('accepts PNG and JPEG up to 5 MB', () => {
    const { accepted, problems } = checkScreenshots(0, [file('a.png', 'image/png', 10), file('b.jpg', 'image/jpeg', 5 * 1024 * 1024)]);
    expect(accepted.map((f) => f.name)).toEqual(['a.png', 'b.jpg']);
    expect(problems).toEqual([]);
  });

  it('names the files that are too big or of the wrong type', () => {
    const { accepted, problems } = checkScreenshots(0, [file('big.png', 'image/png', 5 * 1024 * 1024 + 1), file('x.gif', 'image/gif', 10), file('v.heic', '', 10)]);
    expect(accepted).toEqual([]);
    expect(problems).toEqual([
      { kind: 'tooBig', name: 'big.png', mb: 5 },
      { kind: 'wrongType', name: 'x.gif' },
      { kind: 'wrongType', name: 'v.heic' },
    ]);
  });

  it('refuses more than five in all', () => {
    const picked = Array.from({ length: 4 }, (_, i) => file(`${i}.png`, 'image/png', 1));
    const { accepted, problems } = checkScreenshots(3, picked);
    expect(accepted).toHaveLength(2);
    expect(problems).toEqual([{ kind: 'tooMany', max: 5 }]);
  });
});

describe('toBase64', () => {
  it('encodes the bytes', async () => {
    expect(await toBase64(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])]))).toBe('iVBORw==');
  });
});
