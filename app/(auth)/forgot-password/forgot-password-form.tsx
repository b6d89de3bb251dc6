"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { errorIn, typedIn, type ActionResult } from "@/lib/actions/result"
import { requestPasswordResetAction } from "@/lib/identity/actions"

export function ForgotPasswordForm() {
  const [state, action] = useActionState<ActionResult | null, FormData>(requestPasswordResetAction, null)
  const t = useTranslations()
  if (state?.ok) {
    return (
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {state.message}
      </p>
    )
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={errorIn(state)} />
      <Field label={t("fields.email")} name="email" type="email" autoComplete="email" defaultValue={typedIn(state, "email")} error={errorIn(state, "email")} />
      <SubmitButton>{t("forgotPassword.submit")}</SubmitButton>
    </form>
  )
}
