import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { fold } from './cell-parsers.js';
import type { ImportKind } from './import-kind.js';
import type { SourceRow } from './import-source.js';
import type { RowError } from './row-error.js';

/** Row errors kept in a result: enough to fix a file, bounded for a huge bad one. */
const MAX_ROW_ERRORS = 1000;

/** How one import run behaves. */
export interface ImportOptions {
  /** `preview` parses the first `previewRows` rows and writes nothing; `commit` stores every good row. */
  mode: 'preview' | 'commit';
  /** Rows parsed in preview mode. */
  previewRows: number;
  /** A provincial organiser's province: rows of other provinces become row errors. */
  provinceId: string | null;
  /**
   * Called with each batch (commit mode), inside the batch's transaction `trx`, e.g. to record
   * progress: the record then commits with the rows it counts, and costs no commit of its own.
   */
  onProgress?: (progress: ImportProgress, trx: Kysely<Database>) => Promise<void>;
}

/** Counts so far: rows read (header excluded), rows inserted, updated, and rows with errors. */
export interface ImportProgress {
  rowsRead: number;
  inserted: number;
  updated: number;
  errors: number;
}

export interface ImportResult extends ImportProgress {
  rowErrors: RowError[];
  /** Preview mode: the parsed rows, good or not (`value` null when the row has errors). */
  preview: { line: number; value: unknown }[];
}

/** Rows parsed between two turns of the event loop, so the batch being stored meanwhile gets its replies read. */
const ROWS_PER_TURN = 100;

/** The columns found in a header row: where each is, and its name as the file writes it. */
interface Header {
  columns: [key: string, at: number | undefined][];
  names: Map<string, string>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own column and value types
function readHeader(kind: ImportKind<any, any>, row: SourceRow): { header: Header; errors: RowError[] } {
  const header: Header = { columns: [], names: new Map() };
  const errors: RowError[] = [];
  const folded = row.cells.map(fold);
  for (const column of kind.columns) {
    const at = folded.findIndex((h) => column.aliases.includes(h));
    header.columns.push([column.key, at >= 0 ? at : undefined]);
    header.names.set(column.key, at >= 0 ? row.cells[at]! : column.label);
    if (at < 0 && column.required) errors.push({ line: row.line, column: column.label, message: `Thiếu cột "${column.label}" ở dòng tiêu đề.` });
  }
  return { header, errors };
}

/**
 * Reads a header row, then every data row: each row is parsed on its own, so a bad row adds
 * row errors and the good ones are still stored. Storing is an upsert on the natural key,
 * so importing the same file again changes nothing but the `updated` count. A batch is
 * stored while the next one is parsed (on PostgreSQL the two then run side by side), and
 * batches are stored in file order, one transaction each.
 */
export async function runImport(
  db: Kysely<Database>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own column and value types
  kind: ImportKind<any, any>,
  source: AsyncIterable<SourceRow[]>,
  options: ImportOptions,
): Promise<ImportResult> {
  const result: ImportResult = { rowsRead: 0, inserted: 0, updated: 0, errors: 0, rowErrors: [], preview: [] };
  const addError = (error: RowError) => {
    if (result.rowErrors.length < MAX_ROW_ERRORS) result.rowErrors.push(error);
  };
  let header: Header | undefined;
  let batch: { line: number; value: unknown }[] = [];
  let storing: Promise<void> = Promise.resolve();

  /** Stores one batch in one transaction; `progress` holds the counts up to its last row. */
  const store = (rows: typeof batch, progress: ImportProgress) =>
    db.transaction().execute(async (trx) => {
      let good = rows;
      const scope = kind.scope;
      if (options.provinceId !== null && scope && kind.existingElsewhere) {
        const elsewhere = await kind.existingElsewhere(trx, rows.map((b) => b.value), options.provinceId);
        good = rows.filter((b) => {
          if (!elsewhere.has(kind.key(b.value))) return true;
          result.errors += 1;
          progress.errors += 1;
          addError({ line: b.line, column: header!.names.get(scope.column)!, message: 'Dữ liệu này đã có ở tỉnh/thành khác, bạn không thể sửa.' });
          return false;
        });
      }
      if (good.length > 0) {
        const counts = await kind.write(trx, good.map((b) => b.value));
        result.inserted += counts.inserted;
        result.updated += counts.updated;
      }
      await options.onProgress?.({ ...progress, inserted: result.inserted, updated: result.updated }, trx);
    });

  /** Once the previous batch is stored, starts storing this one and returns without waiting for it. */
  const flush = async () => {
    await storing;
    if (batch.length === 0) return;
    storing = store(batch, { rowsRead: result.rowsRead, inserted: 0, updated: 0, errors: result.errors });
    // A failure surfaces at the next `await storing`; until then it must not count as unhandled.
    storing.catch(() => undefined);
    batch = [];
  };

  try {
    reading: for await (const rows of source) {
      for (const row of rows) {
        if (!header) {
          const read = readHeader(kind, row);
          if (read.errors.length > 0) {
            for (const error of read.errors) addError(error);
            result.errors = 1;
            return result;
          }
          header = read.header;
          continue;
        }
        if (options.mode === 'preview' && result.rowsRead >= options.previewRows) break reading;
        result.rowsRead += 1;
        const cells: Record<string, string> = {};
        for (const [key, at] of header.columns) cells[key] = at === undefined ? '' : (row.cells[at] ?? '');
        const parsed = kind.parse(cells);
        if (parsed.value !== undefined && options.provinceId !== null && kind.scope && kind.scope.provinceOf(parsed.value) !== options.provinceId) {
          parsed.errors.push({ column: kind.scope.column, message: 'Tỉnh/thành này nằm ngoài phạm vi bạn quản lý.' });
          parsed.value = undefined;
        }
        for (const error of parsed.errors) addError({ line: row.line, column: header.names.get(error.column)!, message: error.message });
        if (parsed.errors.length > 0) result.errors += 1;
        if (options.mode === 'preview') {
          result.preview.push({ line: row.line, value: parsed.value ?? null });
        } else if (parsed.value !== undefined) {
          batch.push({ line: row.line, value: parsed.value });
          if (batch.length >= kind.batchRows) await flush();
          else if (batch.length % ROWS_PER_TURN === 0) await nextTurn();
        }
      }
    }
    if (!header) {
      result.errors = 1;
      addError({ line: 1, column: '', message: 'Tệp trống: cần một dòng tiêu đề và các dòng dữ liệu.' });
    }
    await flush();
    await storing;
  } catch (error) {
    // The caller learns of the failure only once no batch is being written behind its back.
    await storing.catch(() => undefined);
    throw error;
  }
  return result;
}
