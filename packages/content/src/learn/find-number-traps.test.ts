import { describe, expect, it } from 'vitest';
import { compileScenario } from './compile-scenario.js';
import { findNumberTraps } from './find-number-traps.js';

describe('findNumberTraps', () => {
  it('points at a comma before a price with .000', () => {
    expect(findNumberTraps('Chào em\nGiá chỉ còn, 150.000đ thôi # from: them', 'x.ink')).toEqual([
      expect.objectContaining({ file: 'x.ink', line: 2 }),
    ]);
  });
  it('leaves prices without the comma and decimals alone', () => {
    expect(findNumberTraps('Giá 150.000đ thôi\nok, 3.5 triệu', 'x.ink')).toEqual([]);
  });
  it('is reported by compileScenario, which would otherwise ship a story that cannot load', () => {
    const { errors } = compileScenario('bay-so', 'Giá chỉ còn, 150.000đ thôi\n-> END\n');
    expect(errors.some((e) => e.line === 1 && e.message.includes('150.000'))).toBe(true);
  });
});
