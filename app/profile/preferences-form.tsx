"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect } from "react"
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
      <Choice label={t("language")} name="locale" value={locale} error={errorIn(state, "locale")}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </Choice>
      <Choice label={t("timeZone")} name="timeZone" value={timeZone} error={errorIn(state, "timeZone")}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </Choice>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  )
}

function Choice({ label, name, value, error, children }: { label: string; name: string; value: string; error?: string; children: React.ReactNode }) {
  const errorId = `${name}-error`
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
      >
        {children}
      </select>
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
