/** Numbers as Vietnamese readers write them (1.250.000), whatever the interface language. */
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : integer.format(value);
}

/** Progress towards a target as a whole percentage, capped at 100 for the bar (null when unknown). */
export function progressPercent(value: number | null, target: number | null): number | null {
  if (value === null || target === null || target <= 0) return null;
  return Math.min(100, Math.floor((value / target) * 100));
}

/** "12,5 %" — the percentage as text, not capped, one decimal under 10 %. */
export function formatPercent(value: number | null, target: number | null): string {
  if (value === null || target === null || target <= 0) return '—';
  const p = (value / target) * 100;
  return `${p < 10 ? decimal.format(p) : integer.format(Math.floor(p))} %`;
}

/** Today's date in Vietnam as `yyyy-mm-dd`, whatever the device's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "12/04/2026" from a `yyyy-mm-dd` date, read as written (no time zone can move it). */
export function formatDay(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/** "dd/mm" of a `yyyy-mm-dd` week start. */
export function shortDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}` : isoDate;
}

/** "dd/mm/yyyy hh:mm" in Vietnam time. */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });
}
