/** GeoJSON of the 34 provinces, as far as the choropleth needs it. */
export type Position = readonly [number, number];
export interface ProvinceFeature {
  properties: { name: string };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}
export interface ProvinceCollection {
  features: ProvinceFeature[];
}

/** A province of `GET /api/provinces`, as far as name matching needs it. */
export interface NamedProvince {
  id: string;
  name: string;
  nameAscii: string;
  formerNames: string[];
}

/** Lower-case, without diacritics (đ → d) or the "tỉnh / thành phố / TP." prefix. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/^(tinh|thanh pho|tp\.?)\s*/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The server's province id for a map feature's name ("Hồ Chí Minh" → the id of "TP. Hồ Chí Minh"). */
export function provinceIdMatcher(provinces: readonly NamedProvince[]): (featureName: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const p of provinces) {
    for (const n of [p.name, p.nameAscii, ...p.formerNames]) {
      const key = foldName(n);
      if (!byName.has(key)) byName.set(key, p.id);
    }
  }
  // Current names win over former ones.
  for (const p of provinces) byName.set(foldName(p.name), p.id);
  return (featureName) => byName.get(foldName(featureName));
}

function rings(feature: ProvinceFeature): Position[][] {
  return feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
}

export interface Projection {
  width: number;
  height: number;
  project: (p: Position) => [number, number];
}

/**
 * An equirectangular projection fitted to the features: longitudes are scaled by the cosine
 * of the middle latitude so the country keeps its shape; y grows downwards as in SVG.
 */
export function fitProjection(features: readonly ProvinceFeature[], width: number, padding = 4): Projection {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const f of features) {
    for (const ring of rings(f)) {
      for (const [lon, lat] of ring) {
        minX = Math.min(minX, lon);
        maxX = Math.max(maxX, lon);
        minY = Math.min(minY, lat);
        maxY = Math.max(maxY, lat);
      }
    }
  }
  if (!Number.isFinite(minX)) return { width, height: width, project: () => [0, 0] };
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * k, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = (width - 2 * padding) / spanX;
  const height = Math.ceil(spanY * scale + 2 * padding);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height,
    project: ([lon, lat]) => [round(padding + (lon - minX) * k * scale), round(padding + (maxY - lat) * scale)],
  };
}

/** The SVG path of a feature under a projection. */
export function featurePath(feature: ProvinceFeature, projection: Projection): string {
  return rings(feature)
    .map((ring) => ring.map((p, i) => `${i === 0 ? 'M' : 'L'}${projection.project(p).join(',')}`).join('') + 'Z')
    .join('');
}

/** Sequential blues, light to dark: the legend's classes. */
export const MAP_COLOURS = ['#eef4fb', '#c6dbef', '#9ecae1', '#4292c6', '#08519c'] as const;
export const NO_DATA_COLOUR = '#ffffff';

/**
 * Class breaks for a metric: zero has the lightest colour of its own; positive values fall in
 * up to `MAP_COLOURS.length - 1` equal steps up to the maximum, rounded up to whole numbers.
 * Returns the upper bound of each class ([0] when every value is zero).
 */
export function classBreaks(values: readonly number[], classes = MAP_COLOURS.length - 1): number[] {
  const max = Math.max(0, ...values);
  if (max === 0) return [0];
  const step = Math.max(1, Math.ceil(max / classes));
  return Array.from({ length: classes }, (_, i) => Math.min(max, step * (i + 1))).filter((b, i, a) => i === 0 || b > a[i - 1]!);
}

/** The colour of a value under the breaks; zero gets the lightest class, unknown gets white. */
export function colourFor(value: number | undefined, breaks: readonly number[]): string {
  if (value === undefined) return NO_DATA_COLOUR;
  if (value <= 0) return MAP_COLOURS[0];
  const index = breaks.findIndex((b) => value <= b);
  const last = breaks.length - 1;
  // Spread fewer classes over the whole ramp, so the maximum is always the darkest.
  const i = index === -1 ? last : index;
  const colourIndex = last <= 0 ? MAP_COLOURS.length - 1 : 1 + Math.round((i / last) * (MAP_COLOURS.length - 2));
  return MAP_COLOURS[colourIndex]!;
}

/** The legend: "0" in the lightest colour, then one entry per class ("14 – 26"), numbers vi-VN. */
export function legendItems(breaks: readonly number[], format: (n: number) => string = (n) => n.toLocaleString('vi-VN')): { label: string; colour: string }[] {
  const items = [{ label: format(0), colour: MAP_COLOURS[0] as string }];
  breaks
    .filter((b) => b > 0)
    .forEach((b, i, positive) => {
      const low = i === 0 ? 1 : positive[i - 1]! + 1;
      items.push({ label: low === b ? format(b) : `${format(low)} – ${format(b)}`, colour: colourFor(b, breaks) });
    });
  return items;
}
