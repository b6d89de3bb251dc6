import { INTL_LOCALE, timeZoneName, type Reader } from "@/lib/format"
import type { Role } from "@/lib/generated/prisma/enums"
import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import { ROLES } from "@/lib/modules"

/** "Technical, Admin and Billing", "Technique, Admin et Facturation" */
export function listOf(items: string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: "long", type: "conjunction" }).format(items)
}

/**
 * "Tuesday 1 December 2026 at 15:30 (Central European Time)", "vendredi 4 décembre 2026 à 21:15 (heure d’Europe
 * centrale)": a mail is read away from the app, so the date is written out in full and its zone named.
 */
export function dateTime(iso: string, reader: Reader): string {
  const moment = new Date(iso)
  const formatted = new Intl.DateTimeFormat(INTL_LOCALE[reader.locale], { dateStyle: "full", timeStyle: "short", timeZone: reader.timeZone }).format(moment)
  return `${formatted} (${timeZoneName(moment, reader)})`
}

/** The roles by their names in the reader's language, as a list: "Technique et Facturation". */
export function roleList(roles: string[], locale: Locale): string {
  const t = translatorFor(locale, "roles")
  // A mail queued before roles were stored by code carries their English labels: shown as they are.
  return listOf(roles.map((role) => (isRole(role) ? t(role) : role)), locale)
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}
