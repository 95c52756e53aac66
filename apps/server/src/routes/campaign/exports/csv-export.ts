import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';

/** One column of an export: the key in each row and its header. */
export interface CsvColumn<R> {
  key: keyof R & string;
  header: string;
}

/** Characters that make a spreadsheet read a cell as a formula (or hide one after a control character). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that Excel, LibreOffice and Sheets show as text: one starting with `= + - @`,
 * a tab or a carriage return gets a leading `'`, so `=HYPERLINK(…)` typed into a school's
 * name cannot run in an organiser's spreadsheet (CSV injection).
 */
export function safeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Streams rows as CSV: UTF-8 with a byte-order mark (so Excel shows Vietnamese letters),
 * CRLF line ends, text cells escaped by {@link safeCell}; numbers stay numbers.
 */
export function csvStream<R extends object>(columns: readonly CsvColumn<R>[], rows: AsyncIterable<R>): Readable {
  const stringifier = stringify({
    bom: true,
    header: true,
    record_delimiter: 'windows',
    columns: columns.map((c) => ({ key: c.key, header: c.header })),
    cast: { string: safeCell, boolean: (b) => (b ? 'có' : 'không') },
  });
  const source = Readable.from(rows);
  source.on('error', (error) => stringifier.destroy(error));
  return source.pipe(stringifier);
}
