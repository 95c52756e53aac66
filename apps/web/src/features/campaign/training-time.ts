/** `yyyy-mm-ddThh:mm` for a datetime-local input, in the browser's time zone. */
export function toLocalInput(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}T${p(date.getHours())}:${p(date.getMinutes())}`;
}

/** The ISO instant of a datetime-local value; null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Whether a start/end pair is usable (both valid, end after start). */
export function validSpan(start: string, end: string): boolean {
  const s = fromLocalInput(start);
  const e = fromLocalInput(end);
  return s !== null && e !== null && s < e;
}
