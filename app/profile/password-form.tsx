"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { announce } from "@/components/toaster"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import { changePasswordAction } from "@/lib/identity/actions"

export function PasswordForm() {
  const [state, action] = useActionState<ActionResult | null, FormData>(changePasswordAction, null)
  const t = useTranslations("password")
  useEffect(() => {
    if (state?.ok && state.message) announce(state.message)
  }, [state])
  return (
    <form action={action} className="mt-3 flex max-w-sm flex-col gap-4" noValidate>
      <FormError message={errorIn(state)} />
      <Field label={t("current")} name="currentPassword" type="password" autoComplete="current-password" error={errorIn(state, "currentPassword")} />
      <Field label={t("new")} name="newPassword" type="password" autoComplete="new-password" error={errorIn(state, "newPassword")} />
      <div>
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  )
}
