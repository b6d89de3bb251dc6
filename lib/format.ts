const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" })

export function formatDateTime(value: Date): string {
  return `${dateTime.format(value)} UTC`
}

export function formatDate(value: Date): string {
  return date.format(value)
}
