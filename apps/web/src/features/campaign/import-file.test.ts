import { describe, expect, it } from 'vitest';
import { countCsvRows, newImportId, previewCells, uploadType } from './import-file.js';

describe('import helpers', () => {
  it('picks the upload type from the file name', () => {
    expect(uploadType('truong.CSV')).toBe('text/csv');
    expect(uploadType('a.xlsx')).toMatch(/spreadsheetml/);
    expect(uploadType('a.pdf')).toBeNull();
  });
  it('makes v4 UUIDs', () => {
    expect(newImportId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newImportId((b) => b.fill(255))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
  it('flattens preview values', () => {
    expect(previewCells({ code: 'T1', provinces: ['ha-noi', 'hue'], address: null })).toEqual(['T1', 'ha-noi, hue', '']);
    expect(previewCells('x')).toEqual(['x']);
  });
  it('counts CSV data rows for the progress bar', () => {
    expect(countCsvRows('a,b\r\n1,2\r\n3,"x\ny"\r\n\r\n')).toBe(2);
    expect(countCsvRows('a,b\n1,2')).toBe(1);
    expect(countCsvRows('')).toBe(0);
  });
});
