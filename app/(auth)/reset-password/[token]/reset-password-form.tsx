"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import { resetPasswordAction } from "@/lib/identity/actions"

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState<ActionResult | null, FormData>(resetPasswordAction.bind(null, token), null)
  const t = useTranslations("resetPassword")
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={errorIn(state)} />
      <Field label={t("newPassword")} name="password" type="password" autoComplete="new-password" error={errorIn(state, "password")} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  )
}
