/** The days a campaign covers, as half-open ISO bounds that compare correctly with both dates and date-times. */
export interface CampaignWindow {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, exclusive (the day after the campaign's last day). */
  until: string;
}

/** The window from a campaign's inclusive start and end dates. */
export function campaignWindow(startDate: string, endDate: string): CampaignWindow {
  const next = new Date(`${endDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { from: startDate, until: next.toISOString().slice(0, 10) };
}

/** The Monday (UTC) of the week a YYYY-MM-DD day falls in. */
export function weekStart(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** Every Monday from the week of `from` to the week before `until`. */
export function weeksOf(window: CampaignWindow): string[] {
  const weeks: string[] = [];
  const last = new Date(`${window.until}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  const end = weekStart(last.toISOString());
  for (let week = weekStart(window.from); week <= end; ) {
    weeks.push(week);
    const next = new Date(`${week}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 7);
    week = next.toISOString().slice(0, 10);
  }
  return weeks;
}
