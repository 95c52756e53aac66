import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { createQrReader, decodeQrPixels, type DetectorScope, type RgbaImage } from './qr-decoder.js';

/** The code as a camera would see a ticket: black modules, `scale` px each, on white with a quiet zone. */
function renderQr(text: string, scale: number, frame = { width: 0, height: 0 }): RgbaImage {
  const { size, data: modules } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const side = (size + 8) * scale;
  const width = Math.max(frame.width, side);
  const height = Math.max(frame.height, side);
  const left = Math.floor((width - side) / 2) + 4 * scale;
  const top = Math.floor((height - side) / 2) + 4 * scale;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < size * scale; y++)
    for (let x = 0; x < size * scale; x++) {
      if (!modules[Math.floor(y / scale) * size + Math.floor(x / scale)]) continue;
      const at = ((top + y) * width + left + x) * 4;
      data[at] = data[at + 1] = data[at + 2] = 0;
    }
  return { data, width, height };
}

describe('QR decoding', () => {
  it('reads a ticket code from RGBA pixels, small or centred in a camera-sized frame', () => {
    expect(decodeQrPixels(renderQr('VE-7KQ2-M9XD', 4))).toBe('VE-7KQ2-M9XD');
    expect(decodeQrPixels(renderQr('VE-ABCD-2345', 10, { width: 640, height: 480 }))).toBe('VE-ABCD-2345');
  });

  it('finds nothing in a blank frame', () => {
    expect(decodeQrPixels({ data: new Uint8ClampedArray(320 * 240 * 4).fill(255), width: 320, height: 240 })).toBeNull();
  });

  it("uses the browser's BarcodeDetector when it reads QR codes, jsQR otherwise", async () => {
    const detector = (formats: string[]): DetectorScope['BarcodeDetector'] =>
      class {
        static getSupportedFormats = async () => formats;
        detect = async () => [{ rawValue: 'VE-7KQ2-M9XD' }];
      };
    const native = await createQrReader({ BarcodeDetector: detector(['ean_13', 'qr_code']) });
    expect(native.kind).toBe('barcode-detector');
    expect(await native.read({} as HTMLVideoElement)).toBe('VE-7KQ2-M9XD');
    expect((await createQrReader({ BarcodeDetector: detector(['ean_13']) })).kind).toBe('jsqr');
    expect((await createQrReader({})).kind).toBe('jsqr');
  });
});
