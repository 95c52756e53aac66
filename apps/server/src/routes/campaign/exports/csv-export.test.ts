import { describe, expect, it } from 'vitest';
import { csvStream, safeCell } from './csv-export.js';

describe('safeCell', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=1+1', '+84 912', '-2', '@SUM(A1)', '\tx', '\rx']) expect(safeCell(cell)).toBe(`'${cell}`);
    expect(safeCell('Trường THCS Lê Lợi')).toBe('Trường THCS Lê Lợi');
    expect(safeCell('')).toBe('');
  });
});

describe('csvStream', () => {
  it('writes a BOM, a header, CRLF lines, and leaves numbers alone', async () => {
    async function* rows() {
      yield { name: '=cmd', count: -3 };
    }
    const chunks: Buffer[] = [];
    for await (const chunk of csvStream([{ key: 'name', header: 'Tên' }, { key: 'count', header: 'Số' }], rows())) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).toString('utf8')).toBe("\uFEFFTên,Số\r\n'=cmd,-3\r\n");
  });
});
