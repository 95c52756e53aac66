import type { ImportKind } from '../../api/api-types.js';

export const IMPORT_KINDS: readonly ImportKind[] = ['schools', 'experts', 'posts'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type to upload a file with, from its name (browsers disagree on CSV types); null if not CSV/XLSX. */
export function uploadType(fileName: string): string | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX;
  return null;
}

/** A random UUID for an import the client will poll (crypto.randomUUID needs a secure context). */
export function newImportId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A preview row's parsed value as short text for the table. */
export function previewCells(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [String(value ?? '')];
  return Object.values(value as Record<string, unknown>).map((v) => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v)));
}

/** Data rows of a CSV text (lines that are not empty, minus the header), ignoring newlines inside quotes. */
export function countCsvRows(text: string): number {
  let rows = 0;
  let quoted = false;
  let filled = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === '\n' || c === '\r')) {
      if (filled) rows++;
      filled = false;
    } else if (c.trim() !== '') filled = true;
  }
  if (filled) rows++;
  return Math.max(0, rows - 1);
}
