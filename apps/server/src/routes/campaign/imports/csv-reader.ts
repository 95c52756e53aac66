import Papa from 'papaparse';
import type { SourceRow } from './import-source.js';

/** Longest record accepted, in characters: a guard against a file that never ends its quotes. */
export const MAX_CSV_RECORD_CHARS = 64 * 1024;

/** A `\r` not followed by `\n`: a line break in files saved by old Mac spreadsheets. */
const LONE_CR = /\r(?!\n)/g;

/** A file that is not CSV (a quote left open, text after a closing quote…). */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} (line ${line})`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * The separators spreadsheets write: Excel saves "CSV" with `;` wherever the decimal mark is a
 * comma, as in a Vietnamese locale, and some tools export tab-separated text.
 */
const DELIMITERS = [',', ';', '\t'] as const;

/** The separator a file's header line uses most; a comma when it has none of them. */
export function sniffDelimiter(headerLine: string): string {
  let best: string = ',';
  let most = 0;
  for (const delimiter of DELIMITERS) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}

/** Line feeds in `text`. */
function lineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Reads comma-separated records (or `;`- or tab-separated: the header line decides, see
 * {@link sniffDelimiter}) from text given in pieces, with PapaParse: quoted fields may
 * hold commas, doubled quotes and line breaks; `\r\n`, `\n` and `\r` end records (a lone `\r`
 * inside quotes is read as `\n`); records may have any number of fields; fields are trimmed,
 * inside quotes too; blank records (one empty field) are skipped. Each record carries the line
 * it ends on (1-based), as a text editor counts them. A quote left open, text after a closing
 * quote, or a record over {@link MAX_CSV_RECORD_CHARS} throws a {@link CsvSyntaxError}; a quote
 * in a field that does not start with one (`5" tablet`, ` "a"`) is kept as text, as Papa reads it.
 */
export class CsvReader {
  // Papa's core parser, which its own streamers drive chunk by chunk: told to leave out the
  // record the text may cut, it reports where that record starts (`meta.cursor`). Made once
  // the header line is complete, with the separator it uses.
  #parser: Papa.Parser | null = null;
  /** The start of a record cut at the end of the last piece. */
  #pending = '';
  /** Whether the last piece ended with a `\r`, which may be the first half of `\r\n`. */
  #heldCr = false;
  /** The line the pending text starts on. */
  #line = 1;

  /** The records completed by `text`; a record cut at its end waits for the next piece. */
  push(text: string): SourceRow[] {
    return this.#read(text, false);
  }

  /** The last record, once the whole file has been pushed. */
  end(): SourceRow[] {
    return this.#read('', true);
  }

  #read(text: string, final: boolean): SourceRow[] {
    let fresh = this.#heldCr ? `\r${text}` : text;
    this.#heldCr = !final && fresh.endsWith('\r');
    if (this.#heldCr) fresh = fresh.slice(0, -1);
    // Papa splits records on one kind of line break: a lone \r becomes \n, and the \r of \r\n
    // is trimmed away with the spaces around a field.
    const input = this.#pending + fresh.replace(LONE_CR, '\n');
    const headerEnd = input.indexOf('\n');
    if (!this.#parser && headerEnd < 0 && !final) {
      if (input.length > MAX_CSV_RECORD_CHARS) throw new CsvSyntaxError('Record too long', this.#line);
      this.#pending = input;
      return [];
    }
    this.#parser ??= new Papa.Parser({ delimiter: sniffDelimiter(headerEnd < 0 ? input : input.slice(0, headerEnd)), newline: '\n' });
    // Papa allows spaces after a closing quote only before a comma or a line break, so spaces
    // ending the file go first.
    const { data, errors, meta } = this.#parser.parse(final ? input.trimEnd() : input, 0, !final) as Papa.ParseResult<string[]>;
    // Errors in the record left out belong to a record not read yet.
    const failed = errors.find((error) => error.row !== undefined && error.row < data.length);
    // Without quotes, Papa splits on line breaks and no field holds one.
    const quoted = input.includes('"');
    const rows: SourceRow[] = [];
    for (let index = 0; index < data.length; index++) {
      if (index === failed?.row) throw new CsvSyntaxError(failed.message, this.#line);
      const cells = data[index]!;
      let line = this.#line;
      let chars = cells.length - 1;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        chars += cell.length;
        if (quoted) line += lineFeeds(cell);
        cells[i] = cell.trim();
      }
      if (chars > MAX_CSV_RECORD_CHARS) throw new CsvSyntaxError('Record too long', this.#line);
      if (cells.length > 1 || cells[0] !== '') rows.push({ line, cells });
      this.#line = line + 1;
    }
    this.#pending = final ? '' : input.slice(meta.cursor);
    if (this.#pending.length > MAX_CSV_RECORD_CHARS) throw new CsvSyntaxError('Record too long', this.#line);
    return rows;
  }
}
