import "server-only"
import { cookies, headers } from "next/headers"
import { currentPerson } from "@/lib/auth/auth"
import { CATALOGS, translatorFor } from "./catalogs"
import { chooseLocale } from "./choose-locale"
import { LOCALE_COOKIE, type Locale } from "./locales"
import { DEFAULT_TIME_ZONE, isTimeZone } from "./time-zones"

/**
 * The language and time zone of this request's reader: their profile's when signed in (read with the session check
 * the page makes anyway), else the switcher's cookie and the browser's Accept-Language.
 */
export async function requestPreferences(): Promise<{ locale: Locale; timeZone: string }> {
  const [person, cookieStore, requestHeaders] = await Promise.all([currentPerson(), cookies(), headers()])
  const locale = chooseLocale({
    profile: person?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: requestHeaders.get("accept-language"),
  })
  return { locale, timeZone: isTimeZone(person?.timeZone) ? person.timeZone : DEFAULT_TIME_ZONE }
}

/** Messages in this request's reader's language, for what a server action answers. */
export async function requestTranslator<Namespace extends keyof (typeof CATALOGS)["en"]>(namespace: Namespace) {
  return translatorFor((await requestPreferences()).locale, namespace)
}
