"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import { verifySignInAction } from "@/lib/two-factor/actions"

/**
 * The second step of signing in, after a right password for a person with two-factor authentication: a code from
 * their app, or one of their recovery codes. No session exists until it is answered.
 */
export function TwoFactorStep({ challenge, next }: { challenge: string; next: string }) {
  const [state, action] = useActionState<ActionResult | null, FormData>(verifySignInAction, null)
  const [recovery, setRecovery] = useState(false)
  const t = useTranslations("twoFactorStep")
  return (
    <section aria-labelledby="two-factor-step" tabIndex={-1} ref={(section) => section?.focus()} className="flex flex-col gap-4 focus:outline-none">
      <h2 id="two-factor-step" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <form action={action} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="challenge" value={challenge} />
        <input type="hidden" name="next" value={next} />
        <FormError message={errorIn(state)} />
        {recovery ? (
          <Field key="recovery" label={t("recoveryCode")} name="recoveryCode" autoComplete="off" hint={t("recoveryHint")} error={errorIn(state, "recoveryCode")} />
        ) : (
          <Field key="code" label={t("code")} name="code" inputMode="numeric" autoComplete="one-time-code" hint={t("codeHint")} error={errorIn(state, "code")} />
        )}
        <SubmitButton>{t("verify")}</SubmitButton>
      </form>
      <button type="button" onClick={() => setRecovery(!recovery)} className="self-start text-sm font-medium text-indigo-700 hover:underline">
        {recovery ? t("useApp") : t("useRecovery")}
      </button>
    </section>
  )
}
