import { describe, expect, it } from 'vitest';
import { InvalidImageError } from './invalid-image-error.js';
import { stripJpegMetadata } from './strip-jpeg-metadata.js';

function segment(marker: number, data: Uint8Array | string): Buffer {
  const body = Buffer.from(data);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([Buffer.from([0xff, marker]), length, body]);
}

const SOI = Buffer.from([0xff, 0xd8]);
const EOI = Buffer.from([0xff, 0xd9]);
const jfif = segment(0xe0, Buffer.from('JFIF\0\x01\x02\0\0\x01\0\x01\0\0', 'latin1'));
const quant = segment(0xdb, Buffer.alloc(65, 1));
const frame = segment(0xc2, Buffer.from([8, 0, 16, 0, 16, 1, 1, 0x11, 0]));
const huffman = segment(0xc4, Buffer.alloc(20, 2));
const scanHeader = segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0]));
// Compressed data with a stuffed 0xFF00, a restart marker and fill bytes: all are image data.
const scan1 = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0x78]);
const scan2 = Buffer.from([0x9a, 0xbc, 0xff, 0x00]);

function jpegWithMetadata(): Buffer {
  return Buffer.concat([
    SOI,
    jfif,
    segment(0xe1, 'Exif\0\0GPS 21.0285 105.8542 Canon serial 123'),
    segment(0xe0, 'JFXX\0thumbnail-of-original'),
    segment(0xe2, 'ICC_PROFILE\0profile'),
    segment(0xed, 'Photoshop 3.0\0caption'),
    segment(0xfe, 'chup o nha Lan, 0912345678'),
    quant,
    frame,
    huffman,
    scanHeader,
    scan1,
    // A comment between the scans of a progressive JPEG is metadata too.
    segment(0xfe, 'second comment'),
    huffman,
    scanHeader,
    scan2,
    EOI,
    Buffer.from('trailing secret'),
  ]);
}

describe('stripJpegMetadata', () => {
  it('drops APP1–APP15, non-JFIF APP0 and comments, keeping tables and every scan byte for byte', () => {
    const stripped = Buffer.from(stripJpegMetadata(jpegWithMetadata()));
    expect(stripped.equals(Buffer.concat([SOI, jfif, quant, frame, huffman, scanHeader, scan1, huffman, scanHeader, scan2, EOI]))).toBe(true);
    const text = stripped.toString('latin1');
    for (const secret of ['Exif', 'GPS', 'thumbnail', 'ICC', 'Photoshop', '0912345678', 'second comment', 'trailing']) {
      expect(text).not.toContain(secret);
    }
  });

  it('skips fill bytes before a marker', () => {
    const jpeg = Buffer.concat([SOI, Buffer.from([0xff]), segment(0xe1, 'Exif'), quant, EOI]);
    expect(Buffer.from(stripJpegMetadata(jpeg)).equals(Buffer.concat([SOI, quant, EOI]))).toBe(true);
  });

  it('refuses broken structures', () => {
    expect(() => stripJpegMetadata(Buffer.from([0xff, 0xd8, 0x00, 0x01]))).toThrow(InvalidImageError);
    expect(() => stripJpegMetadata(Buffer.concat([SOI, segment(0xe1, 'Exif').subarray(0, 5)]))).toThrow(/past the end/);
    expect(() => stripJpegMetadata(Buffer.concat([SOI, quant]))).toThrow(/no end-of-image/);
    expect(() => stripJpegMetadata(Buffer.from('GIF89a'))).toThrow(/start-of-image/);
  });
});
