import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { InvalidImageError } from './invalid-image-error.js';
import { stripPngMetadata } from './strip-png-metadata.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array | string): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(data)]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length - 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 2×2 RGB image with metadata chunks around the pixels. */
function pngWithMetadata(): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]));
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('tEXt', 'Author\0Nguyen Van A'),
    chunk('eXIf', 'MM\0*GPS 21.0285,105.8542'),
    chunk('tIME', Buffer.from([7, 233, 1, 2, 3, 4, 5])),
    chunk('IDAT', pixels),
    chunk('iTXt', 'Comment\0\0\0\0\0so dien thoai 0912345678'),
    chunk('IEND', ''),
    Buffer.from('trailing secret'),
  ]);
}

const chunkTypes = (png: Uint8Array) => {
  const types: string[] = [];
  for (let at = 8; at < png.length; ) {
    const length = Buffer.from(png.subarray(at, at + 4)).readUInt32BE();
    types.push(Buffer.from(png.subarray(at + 4, at + 8)).toString('latin1'));
    at += 12 + length;
  }
  return types;
};

describe('stripPngMetadata', () => {
  it('keeps only the chunks that draw the image, and the image still decodes', async () => {
    const stripped = stripPngMetadata(pngWithMetadata());
    expect(chunkTypes(stripped)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const text = Buffer.from(stripped).toString('latin1');
    for (const secret of ['Nguyen', 'GPS', '0912345678', 'trailing']) expect(text).not.toContain(secret);
    const pdf = await PDFDocument.create();
    const image = await pdf.embedPng(stripped);
    expect([image.width, image.height]).toEqual([2, 2]);
  });

  it('keeps palette and transparency chunks', () => {
    const png = Buffer.concat([SIGNATURE, chunk('IHDR', Buffer.alloc(13)), chunk('PLTE', Buffer.alloc(6)), chunk('tRNS', Buffer.alloc(2)), chunk('IDAT', ''), chunk('IEND', '')]);
    expect(chunkTypes(stripPngMetadata(png))).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
  });

  it('refuses truncated files', () => {
    const png = pngWithMetadata();
    expect(() => stripPngMetadata(png.subarray(0, 40))).toThrow(InvalidImageError);
    expect(() => stripPngMetadata(Buffer.concat([SIGNATURE, chunk('IHDR', Buffer.alloc(13))]))).toThrow(/no IEND/);
  });
});
