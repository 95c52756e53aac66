/** A problem with one cell of an imported file, for the person who fixes the file. */
export interface RowError {
  /** The line (CSV) or row (XLSX) number, as the file shows it; the header is line 1. */
  line: number;
  /** The column's header as written in the file. */
  column: string;
  /** In Vietnamese, saying what to change. */
  message: string;
}
