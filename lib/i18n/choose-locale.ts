import { match } from "@formatjs/intl-localematcher"
import Negotiator from "negotiator"
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales"

/** What a request says about its reader's language, strongest first. */
export type LocaleSources = { profile?: string | null; cookie?: string | null; acceptLanguage?: string | null }

/** The profile's language, else the switcher's cookie, else the best match for Accept-Language, else English. */
export function chooseLocale({ profile, cookie, acceptLanguage }: LocaleSources): Locale {
  if (isLocale(profile)) return profile
  if (isLocale(cookie)) return cookie
  return acceptLanguage ? localeForAcceptLanguage(acceptLanguage) : DEFAULT_LOCALE
}

function localeForAcceptLanguage(header: string): Locale {
  const asked = new Negotiator({ headers: { "accept-language": header } }).languages().filter(readable)
  const found = asked.length > 0 ? match(asked, LOCALES, DEFAULT_LOCALE) : DEFAULT_LOCALE
  return isLocale(found) ? found : DEFAULT_LOCALE
}

/** A tag Intl can read: "*" and garbage are skipped, so that one bad tag does not hide the good ones after it. */
function readable(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}
