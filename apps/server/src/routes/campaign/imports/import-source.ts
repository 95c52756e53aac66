import { Transform, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../errors/app-error.js';
import { CsvReader } from './csv-reader.js';

/** One line of an uploaded file: its 1-based line number (as the spreadsheet shows it) and its cells. */
export interface SourceRow {
  line: number;
  cells: string[];
}

/** The upload formats the import accepts. */
export type SourceFormat = 'csv' | 'xlsx';

/** Largest upload accepted: about 150,000 social posts as CSV. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Counts bytes as they stream through and fails past `limit`: the upload is parsed as it
 * arrives, so Fastify's own body limit (which needs the whole body) does not apply.
 */
function byteLimit(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > limit) done(new AppError(413, 'body_too_large'));
      else done(null, chunk);
    },
  });
}

async function* csvRows(input: Readable): AsyncGenerator<SourceRow[]> {
  // The decoder drops a leading byte order mark and keeps a character cut between two chunks.
  const decoder = new TextDecoder();
  const reader = new CsvReader();
  for await (const chunk of input as AsyncIterable<Buffer>) {
    const rows = reader.push(decoder.decode(chunk, { stream: true }));
    if (rows.length > 0) yield rows;
  }
  yield [...reader.push(decoder.decode()), ...reader.end()];
}

/** A spreadsheet cell as text: formulas by their result, links by their text, dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value).trim();
}

async function* xlsxRows(input: Readable): AsyncGenerator<SourceRow[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', worksheets: 'emit', styles: 'ignore', hyperlinks: 'ignore' });
  // Only the first sheet is read: templates keep instructions on later sheets.
  for await (const sheet of workbook) {
    for await (const row of sheet) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      const cells = Array.from(values, (v) => cellText(v as ExcelJS.CellValue));
      if (cells.some((c) => c !== '')) yield [{ line: row.number, cells }];
    }
    return;
  }
}

/**
 * Streams the rows of an uploaded CSV (UTF-8, with or without BOM) or XLSX file, never
 * holding the whole file; unreadable files become a 400 in the caller's language. Rows come
 * in runs (those of one chunk of a CSV upload), so each does not cost a turn of the event loop.
 */
export async function* readRows(body: Readable, format: SourceFormat, limit = MAX_IMPORT_BYTES): AsyncGenerator<SourceRow[]> {
  const limited = byteLimit(limit);
  body.on('error', (error) => limited.destroy(error));
  body.pipe(limited);
  try {
    yield* format === 'csv' ? csvRows(limited) : xlsxRows(limited);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(400, 'import_unreadable');
  } finally {
    body.unpipe(limited);
    limited.destroy();
  }
}
