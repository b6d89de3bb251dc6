"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect } from "react"
import { SelectField } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { announce } from "@/components/toaster"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import { savePreferencesAction } from "@/lib/i18n/actions"
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales"

type Props = { locale: string; timeZone: string; timeZones: string[] }

export function PreferencesForm({ locale, timeZone, timeZones }: Props) {
  const [state, action] = useActionState<ActionResult | null, FormData>(savePreferencesAction, null)
  const t = useTranslations("preferences")
  useEffect(() => {
    if (state?.ok && state.message) announce(state.message)
  }, [state])
  return (
    <form action={action} className="mt-3 flex max-w-sm flex-col gap-4" noValidate>
      <FormError message={errorIn(state)} />
      <SelectField label={t("language")} name="locale" defaultValue={locale} error={errorIn(state, "locale")}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("timeZone")} name="timeZone" defaultValue={timeZone} error={errorIn(state, "timeZone")}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </SelectField>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  )
}
