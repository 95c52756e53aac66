/** Today's date in Vietnam as `yyyy-mm-dd`, whatever the server's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Tickets are issued up to the end of the event's day (Vietnam time); after it, registration is closed. */
export function registrationOpen(eventDate: string, now: Date = new Date()): boolean {
  return eventDate >= todayInVietnam(now);
}
