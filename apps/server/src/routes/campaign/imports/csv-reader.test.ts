import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, CsvSyntaxError, MAX_CSV_RECORD_CHARS, sniffDelimiter } from './csv-reader.js';
import { readRows, type SourceRow } from './import-source.js';

/** Reads `text` pushed in pieces cut at `cuts`. */
function read(text: string, cuts: number[] = []): SourceRow[] {
  const reader = new CsvReader();
  const rows: SourceRow[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    rows.push(...reader.push(text.slice(from, cut)));
    from = cut;
  }
  rows.push(...reader.push(text.slice(from)), ...reader.end());
  return rows;
}

/**
 * What csv-parse, the oracle, reads from `text`, told to read as the reader promises: quotes
 * inside unquoted fields kept, spaces after a closing quote allowed, fields trimmed (inside
 * quotes too), a lone `\r` in a field read as `\n`, and records with one empty field skipped.
 */
function csvParse(text: string): SourceRow[] {
  const records = parse(text, { info: true, relax_column_count: true, relax_quotes: true, rtrim: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return records
    .map(({ record, info }) => ({ line: info.lines, cells: record.map((cell) => cell.replace(/\r(?!\n)/g, '\n').trim()) }))
    .filter(({ cells }) => cells.length > 1 || cells[0] !== '');
}

const field = fc.string({ unit: fc.constantFrom('a', 'ễ', ' ', '\t', '\u00a0', ',', '"', '\n'), maxLength: 6 });

/** A record written as a spreadsheet would: fields quoted when they must be (or at random), spaces around some. */
const written = fc.array(fc.tuple(field, fc.boolean(), fc.constantFrom('', ' ', '  ')), { minLength: 1, maxLength: 5 }).map((fields) =>
  fields
    .map(([text, quote, pad]) => {
      const mustQuote = /[",\r\n]/.test(text) || text !== text.trim() || fields.length === 1;
      return mustQuote || quote ? `"${text.replace(/"/g, '""')}"${pad}` : `${pad}${text}`;
    })
    .join(','),
);

async function readUpload(chunks: Buffer[]): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const run of readRows(Readable.from(chunks), 'csv')) rows.push(...run);
  return rows;
}

describe('CsvReader', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes and trims spaces around fields', () => {
    const text = 'Mã,"Tên ""trường"""  ,Địa chỉ\r\n S001 ,"12 Lê Lợi,\nHà Đông",\r\n\r\n   \r\nS002,,x';
    expect(read(text)).toEqual([
      { line: 1, cells: ['Mã', 'Tên "trường"', 'Địa chỉ'] },
      { line: 3, cells: ['S001', '12 Lê Lợi,\nHà Đông', ''] },
      { line: 6, cells: ['S002', '', 'x'] },
    ]);
  });

  it('numbers records by the line they end on, whatever the line breaks', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['a,b', '"x', '', 'y",z', '', '"1"', '2'].join(eol) + eol;
      expect(read(text)).toEqual([
        { line: 1, cells: ['a', 'b'] },
        { line: 4, cells: [`x${eol === '\r' ? '\n' : eol}${eol === '\r' ? '\n' : eol}y`, 'z'] },
        { line: 6, cells: ['1'] },
        { line: 7, cells: ['2'] },
      ]);
    }
  });

  it('keeps a record cut anywhere between two pieces, even between \\r and \\n', () => {
    const text = 'a,"b\r\nc"\r\nd,e\r\n';
    for (let cut = 0; cut <= text.length; cut++) {
      expect(read(text, [cut])).toEqual([
        { line: 2, cells: ['a', 'b\r\nc'] },
        { line: 3, cells: ['d', 'e'] },
      ]);
    }
  });

  it('reads the semicolons of Excel in a Vietnamese locale, and tabs, as the header line shows', () => {
    const semicolons = 'Mã trường;Tên trường;Địa chỉ\r\nS001;THCS Lê Lợi;"12 Lê Lợi; Hà Đông"\r\nS002;Kim Đồng, Hà Giang;\r\n';
    for (let cut = 0; cut <= semicolons.length; cut++) {
      expect(read(semicolons, [cut])).toEqual([
        { line: 1, cells: ['Mã trường', 'Tên trường', 'Địa chỉ'] },
        { line: 2, cells: ['S001', 'THCS Lê Lợi', '12 Lê Lợi; Hà Đông'] },
        { line: 3, cells: ['S002', 'Kim Đồng, Hà Giang', ''] },
      ]);
    }
    expect(read('a\tb\n1\t2, 3\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2, 3'] },
    ]);
    // A comma header keeps semicolons in the data as text.
    expect(read('a,b\nx;y,z\n')[1]!.cells).toEqual(['x;y', 'z']);
    expect(sniffDelimiter('Họ tên')).toBe(',');
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(read('a,5" tablet\n')).toEqual([{ line: 1, cells: ['a', '5" tablet'] }]);
  });

  it('refuses what is not CSV', () => {
    expect(() => read('a,"b\nc\n')).toThrow(/^Quoted field unterminated \(line 1\)$/);
    expect(() => read('x\n"a" b,c\n')).toThrow(/^Trailing quote on quoted field is malformed \(line 2\)$/);
    expect(() => read('x\n"a" b,c\n')).toThrow(CsvSyntaxError);
  });

  it('refuses a record longer than the limit, even one never closed', () => {
    expect(() => read(`"${'x'.repeat(MAX_CSV_RECORD_CHARS + 1)}`, [1000, 40_000])).toThrow(/^Record too long/);
    expect(() => read(`a\n${'x,'.repeat(MAX_CSV_RECORD_CHARS)}\n`)).toThrow(/^Record too long \(line 2\)$/);
    expect(read(`${'x,'.repeat(MAX_CSV_RECORD_CHARS / 2 - 1)}\n`)).toHaveLength(1);
  });

  it('reads files as csv-parse does, whatever the pieces', () => {
    fc.assert(
      fc.property(
        fc.array(written, { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 3 }),
        (records, eol, finalEol, cuts) => {
          // Every import file starts with its header line, which also fixes the separator.
          const text = ['Mã,Tên', ...records].join(eol) + (finalEol ? eol : '');
          expect(read(text, cuts.map((c) => c % (text.length + 1)))).toEqual(csvParse(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses whatever csv-parse refuses, and reads the rest alike unless it refuses a quote reopened after a closing one', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n'), maxLength: 30 }), (text) => {
        let expected: SourceRow[] | 'error';
        try {
          expected = csvParse(text);
        } catch {
          expected = 'error';
        }
        if (expected === 'error') {
          expect(() => read(text)).toThrow(CsvSyntaxError);
          return;
        }
        // csv-parse quietly joins `"a" "b"` into one field; that is no CSV, so it is refused here.
        try {
          expect(read(text)).toEqual(expected);
        } catch (error) {
          expect(error).toBeInstanceOf(CsvSyntaxError);
          expect(text).toMatch(/"[ ]+"/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readRows (CSV)', () => {
  it('drops the byte order mark and keeps a character cut between two chunks', async () => {
    const bytes = Buffer.from('\ufeffTên,Lớp\nAn,5A\n');
    const rows = await readUpload([bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9)]);
    expect(rows).toEqual([
      { line: 1, cells: ['Tên', 'Lớp'] },
      { line: 2, cells: ['An', '5A'] },
    ]);
  });

  it('turns a file that is not CSV into import_unreadable', async () => {
    await expect(readUpload([Buffer.from('a,"b\n')])).rejects.toMatchObject({ statusCode: 400, code: 'import_unreadable' });
  });
});
