"use client"

import { useLocale, useTranslations } from "next-intl"
import { chooseLanguageAction } from "@/lib/i18n/actions"
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales"

/** The footer's language switcher for visitors who are not signed in; each language is named in itself. */
export function LanguageSwitcher() {
  const current = useLocale()
  const t = useTranslations("language")
  return (
    <nav aria-label={t("label")} className="mt-6 flex justify-center gap-4 text-sm">
      {LOCALES.map((locale) =>
        locale === current ? (
          <span key={locale} lang={locale} aria-current="true" className="font-semibold text-slate-900">
            {LOCALE_NAMES[locale]}
          </span>
        ) : (
          <form key={locale} action={async () => void (await chooseLanguageAction(locale))}>
            <button type="submit" lang={locale} className="font-medium text-indigo-700 hover:underline">
              {LOCALE_NAMES[locale]}
            </button>
          </form>
        ),
      )}
    </nav>
  )
}
