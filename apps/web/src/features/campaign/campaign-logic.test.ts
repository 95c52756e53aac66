import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, progressPercent, shortDate } from './campaign-format.js';
import { classBreaks, colourFor, legendItems, featurePath, fitProjection, foldName, MAP_COLOURS, NO_DATA_COLOUR, provinceIdMatcher, type ProvinceFeature } from './campaign-geo.js';

const square = (lon: number, lat: number, name: string): ProvinceFeature => ({
  properties: { name },
  geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + 1, lat], [lon + 1, lat + 1], [lon, lat + 1], [lon, lat]]] },
});

describe('formatting', () => {
  it('writes numbers the Vietnamese way', () => {
    expect(formatNumber(1_250_000)).toBe('1.250.000');
    expect(formatNumber(null)).toBe('—');
  });
  it('caps progress bars at 100 and handles missing targets', () => {
    expect(progressPercent(500, 2000)).toBe(25);
    expect(progressPercent(3000, 2000)).toBe(100);
    expect(progressPercent(null, 2000)).toBeNull();
    expect(progressPercent(5, 0)).toBeNull();
    expect(formatPercent(1, 40)).toBe('2,5 %');
    expect(formatPercent(3000, 2000)).toBe('150 %');
  });
  it('shortens week starts', () => expect(shortDate('2026-03-09')).toBe('09/03'));
});

describe('map', () => {
  it('fits an equirectangular projection into the view box, north up', () => {
    const features = [square(102, 8, 'A'), square(109, 23, 'B')];
    const p = fitProjection(features, 300, 0);
    expect(p.project([102, 24])).toEqual([0, 0]);
    const [x, y] = p.project([110, 8]);
    expect(x).toBeCloseTo(300, 0);
    expect(p.height - y).toBeLessThan(1);
    expect(p.height).toBeGreaterThan(300); // Vietnam is taller than wide
    expect(featurePath(features[0]!, p)).toMatch(/^M0,[\d.]+L[\d.]+,[\d.]+.*Z$/);
  });

  it('handles multipolygons', () => {
    const multi: ProvinceFeature = {
      properties: { name: 'M' },
      geometry: { type: 'MultiPolygon', coordinates: [square(1, 1, '').geometry.coordinates as never, square(3, 3, '').geometry.coordinates as never] },
    };
    expect(featurePath(multi, fitProjection([multi], 100)).split('Z').length - 1).toBe(2);
  });

  it('colours by equal classes from zero to the maximum', () => {
    const breaks = classBreaks([0, 3, 10, 50]);
    expect(breaks).toEqual([13, 26, 39, 50]);
    expect(colourFor(0, breaks)).toBe(MAP_COLOURS[0]);
    expect(colourFor(1, breaks)).toBe(MAP_COLOURS[1]);
    expect(colourFor(15, breaks)).toBe(MAP_COLOURS[2]);
    expect(colourFor(39, breaks)).toBe(MAP_COLOURS[3]);
    expect(colourFor(50, breaks)).toBe(MAP_COLOURS[4]);
    expect(new Set(breaks.map((b) => colourFor(b, breaks))).size).toBe(4);
    expect(colourFor(undefined, breaks)).toBe(NO_DATA_COLOUR);
    expect(classBreaks([0, 0])).toEqual([0]);
    expect(classBreaks([0, 1])).toEqual([1]);
    expect(colourFor(1, classBreaks([0, 1]))).toBe(MAP_COLOURS[4]);
    expect(legendItems(classBreaks([0, 1]))).toEqual([
      { label: '0', colour: MAP_COLOURS[0] },
      { label: '1', colour: MAP_COLOURS[4] },
    ]);
    expect(legendItems([13, 26, 39, 50]).map((i) => i.label)).toEqual(['0', '1 – 13', '14 – 26', '27 – 39', '40 – 50']);
    expect(legendItems([0])).toEqual([{ label: '0', colour: MAP_COLOURS[0] }]);
  });

  it('matches map names to server ids, including Hồ Chí Minh and former names', () => {
    const match = provinceIdMatcher([
      { id: 'ho-chi-minh', name: 'TP. Hồ Chí Minh', nameAscii: 'TP. Ho Chi Minh', formerNames: ['Bình Dương', 'Bà Rịa - Vũng Tàu'] },
      { id: 'ha-noi', name: 'Hà Nội', nameAscii: 'Ha Noi', formerNames: [] },
      { id: 'dak-lak', name: 'Đắk Lắk', nameAscii: 'Dak Lak', formerNames: ['Phú Yên'] },
    ]);
    expect(match('Hồ Chí Minh')).toBe('ho-chi-minh');
    expect(match('Hà Nội')).toBe('ha-noi');
    expect(match('Đắk Lắk')).toBe('dak-lak');
    expect(match('Bình Dương')).toBe('ho-chi-minh');
    expect(match('Atlantis')).toBeUndefined();
    expect(foldName('Thành phố Đà Nẵng')).toBe('da nang');
  });
});
