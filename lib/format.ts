import type { Locale } from "@/lib/i18n/locales"

/** Who reads a date: in which language, and in which time zone (lib/i18n/request-locale.ts, or a mail's recipient). */
export type Reader = { locale: Locale; timeZone: string }

// English as written in Europe (4 Dec 2026, 21:15), where Hitflow's customers are.
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" }
const formats = new Map<string, Intl.DateTimeFormat>()

function formatter(reader: Reader, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${reader.locale}|${reader.timeZone}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[reader.locale], { ...options, timeZone: reader.timeZone })
    formats.set(key, format)
  }
  return format
}

/** The reader's zone by name, as their language says it: "heure d’Europe centrale", "Eastern Time", "UTC". */
export function timeZoneName(value: Date, reader: Reader): string {
  if (reader.timeZone === "UTC") return "UTC"
  const parts = formatter(reader, { timeZoneName: "longGeneric" }).formatToParts(value)
  return parts.find((part) => part.type === "timeZoneName")?.value ?? reader.timeZone
}

/** "4 déc. 2026, 21:15 (heure d’Europe centrale)": a moment in the reader's zone, which is named. */
export function formatDateTime(value: Date, reader: Reader): string {
  return `${formatter(reader, { dateStyle: "medium", timeStyle: "short" }).format(value)} (${timeZoneName(value, reader)})`
}

/** "4 déc. 2026": the day in the reader's zone. */
export function formatDate(value: Date, reader: Reader): string {
  return formatter(reader, { dateStyle: "medium" }).format(value)
}
