/** "Chủ Nhật, 12 tháng 4, 2026" (or "Sunday, 12 April 2026"): the date as the public page says it. */
export function formatEventDay(date: string, language: string): string {
  // Read as a calendar day (UTC midnight, shown in UTC), so no time zone moves it by one.
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  const locale = language.startsWith('en') ? 'en-GB' : 'vi-VN';
  return day.toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

