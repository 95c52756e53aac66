import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { fold } from './cell-parsers.js';
import type { ImportKind } from './import-kind.js';
import type { SourceRow } from './import-source.js';
import type { RowError } from './row-error.js';

/** Rows written per statement batch and transaction; progress is reported after each. */
export const IMPORT_BATCH_ROWS = 500;

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
  /** Called after each stored batch (commit mode), e.g. to record progress. */
  onProgress?: (progress: ImportProgress) => Promise<void>;
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

/**
 * Reads a header row, then every data row: each row is parsed on its own, so a bad row adds
 * row errors and the good ones are still stored. Storing is an upsert on the natural key,
 * so importing the same file again changes nothing but the `updated` count.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own column and value types
export async function runImport(db: Kysely<Database>, kind: ImportKind<any, any>, rows: AsyncIterable<SourceRow>, options: ImportOptions): Promise<ImportResult> {
  const result: ImportResult = { rowsRead: 0, inserted: 0, updated: 0, errors: 0, rowErrors: [], preview: [] };
  const addError = (error: RowError) => {
    if (result.rowErrors.length < MAX_ROW_ERRORS) result.rowErrors.push(error);
  };
  let header: { index: Map<string, number>; names: Map<string, string> } | undefined;
  let batch: { line: number; value: unknown }[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    let good = batch;
    const scope = kind.scope;
    if (options.provinceId !== null && scope && kind.existingElsewhere) {
      const elsewhere = await kind.existingElsewhere(db, batch.map((b) => b.value), options.provinceId);
      good = batch.filter((b) => {
        if (!elsewhere.has(kind.key(b.value))) return true;
        result.errors += 1;
        addError({ line: b.line, column: header!.names.get(scope.column)!, message: 'Dữ liệu này đã có ở tỉnh/thành khác, bạn không thể sửa.' });
        return false;
      });
    }
    if (good.length > 0) {
      const counts = await db.transaction().execute((trx) => kind.write(trx, good.map((b) => b.value)));
      result.inserted += counts.inserted;
      result.updated += counts.updated;
    }
    batch = [];
    await options.onProgress?.(result);
  };

  for await (const row of rows) {
    if (!header) {
      header = { index: new Map(), names: new Map() };
      const folded = row.cells.map(fold);
      for (const column of kind.columns) {
        const at = folded.findIndex((h) => column.aliases.includes(h));
        if (at >= 0) {
          header.index.set(column.key, at);
          header.names.set(column.key, row.cells[at]!);
        } else {
          header.names.set(column.key, column.label);
          if (column.required) addError({ line: row.line, column: column.label, message: `Thiếu cột "${column.label}" ở dòng tiêu đề.` });
        }
      }
      if (result.rowErrors.length > 0) {
        result.errors = 1;
        return result;
      }
      continue;
    }
    if (options.mode === 'preview' && result.rowsRead >= options.previewRows) break;
    result.rowsRead += 1;
    const cells: Record<string, string> = {};
    for (const column of kind.columns) {
      const at = header.index.get(column.key);
      cells[column.key] = at === undefined ? '' : (row.cells[at] ?? '');
    }
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
      if (batch.length >= IMPORT_BATCH_ROWS) await flush();
    }
  }
  if (!header) {
    result.errors = 1;
    addError({ line: 1, column: '', message: 'Tệp trống: cần một dòng tiêu đề và các dòng dữ liệu.' });
  }
  await flush();
  return result;
}
