import QRCode from 'qrcode';

/** The ticket code as an SVG QR code in a data URL: small, sharp when printed, no image library. */
export async function ticketQrDataUrl(code: string): Promise<string> {
  const svg = await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
