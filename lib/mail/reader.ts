import type { Reader } from "@/lib/format"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/i18n/time-zones"

/** A queued mail's reader as stored (OutboxMail.locale, timeZone); a value this version does not know falls back. */
export function readerOf({ locale, timeZone }: { locale: string; timeZone: string }): Reader {
  return { locale: isLocale(locale) ? locale : DEFAULT_LOCALE, timeZone: isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE }
}
