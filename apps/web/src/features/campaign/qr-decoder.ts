import jsQR from 'jsqr';

/** RGBA pixels, as `ImageData` holds them (4 bytes a pixel, rows top to bottom). */
export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The text of the QR code in the image, or null when none is readable. */
export function decodeQrPixels(image: RgbaImage): string | null {
  // Tickets are dark on light (the SVG carries its own white background; so does paper),
  // so the inverted pass jsQR would also try on every empty frame is wasted work.
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data || null;
}

/** What a QR reader reads from: a playing `<video>` (the camera). */
export type QrSource = HTMLVideoElement;

/** Reads QR codes from video frames, with the browser's own detector when it has one. */
export interface QrReader {
  /** Which decoder runs: the browser's BarcodeDetector, or jsQR on canvas pixels. */
  readonly kind: 'barcode-detector' | 'jsqr';
  read(source: QrSource): Promise<string | null>;
}

// BarcodeDetector is not in TypeScript's DOM library yet (Chrome on Android and macOS have it).
interface BarcodeDetectorLike {
  detect(source: QrSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}
/** Where the BarcodeDetector may be: the window, or a stand-in in tests. */
export type DetectorScope = { BarcodeDetector?: BarcodeDetectorClass };

// jsQR's time grows with the pixel count; 800 px still resolves a ticket held at arm's length.
const MAX_SIDE = 800;

/** The BarcodeDetector when it reads QR codes here, else jsQR on a downscaled canvas copy of each frame. */
export async function createQrReader(scope: DetectorScope = globalThis as DetectorScope): Promise<QrReader> {
  const Detector = scope.BarcodeDetector;
  const formats = Detector ? await Detector.getSupportedFormats().catch(() => []) : [];
  if (Detector && formats.includes('qr_code')) {
    const detector = new Detector({ formats: ['qr_code'] });
    return { kind: 'barcode-detector', read: async (source) => (await detector.detect(source))[0]?.rawValue || null };
  }
  let context: CanvasRenderingContext2D | null = null;
  return {
    kind: 'jsqr',
    read: async (video) => {
      if (!video.videoWidth || !video.videoHeight) return null;
      const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
      const width = Math.round(video.videoWidth * scale);
      const height = Math.round(video.videoHeight * scale);
      context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      if (!context) return null;
      context.canvas.width = width;
      context.canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      return decodeQrPixels(context.getImageData(0, 0, width, height));
    },
  };
}
