/** One row of the public counter: a province, its name, and how many pledged there. */
export interface ProvinceCount {
  provinceId: string;
  name: string;
  count: number;
}

/** The counter's rows: provinces with pledges, most first, then by name (Vietnamese order). */
export function sortedCounts(byProvince: readonly { provinceId: string; count: number }[], names: ReadonlyMap<string, string>): ProvinceCount[] {
  return byProvince
    .filter((row) => row.count > 0)
    .map((row) => ({ provinceId: row.provinceId, name: names.get(row.provinceId) ?? row.provinceId, count: row.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
}
