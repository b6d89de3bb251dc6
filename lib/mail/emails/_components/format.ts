/** "Technical, Admin and Billing" */
export function listOf(items: string[]): string {
  return new Intl.ListFormat("en", { style: "long", type: "conjunction" }).format(items)
}

/** "Tuesday 1 December 2026 at 14:30 UTC": mails are read in any time zone, so the zone is spelled out. */
export function dateTime(iso: string): string {
  const formatted = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso))
  return `${formatted} UTC`
}
