// The languages Hitflow speaks, shared by the server and the browser. URLs carry no locale: a signed-in person's
// comes from their profile, a visitor's from the footer's switcher (a cookie), else from Accept-Language.

export const LOCALES = ["en", "fr"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "en"

/** The cookie the footer's language switcher sets for visitors who are not signed in. */
export const LOCALE_COOKIE = "hitflow-locale"

/** Each language named in itself, as language switchers do: a reader finds their own whatever the page's language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français" }

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}
