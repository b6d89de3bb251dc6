"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { errorIn, typedIn, type ActionResult } from "@/lib/actions/result"
import { resendConfirmationAction, signInAction } from "@/lib/auth/actions"
import { TwoFactorStep } from "../two-factor-step"

export function SignInForm({ next, email }: { next: string; email?: string }) {
  const [state, action] = useActionState<ActionResult | null, FormData>(signInAction, null)
  const t = useTranslations()
  const offer = state && !state.ok ? state.offer : undefined
  if (offer?.kind === "two-factor") return <TwoFactorStep challenge={offer.challenge} next={next} />
  return (
    <div className="flex flex-col gap-4">
      <form action={action} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="next" value={next} />
        <FormError message={errorIn(state)} />
        <Field label={t("fields.email")} name="email" type="email" autoComplete="email" defaultValue={typedIn(state, "email") ?? email ?? ""} error={errorIn(state, "email")} />
        <Field label={t("fields.password")} name="password" type="password" autoComplete="current-password" error={errorIn(state, "password")} />
        <SubmitButton>{t("signIn.submit")}</SubmitButton>
      </form>
      {offer?.kind === "resend-confirmation" ? <ResendConfirmation ticket={offer.ticket} /> : null}
    </div>
  )
}

function ResendConfirmation({ ticket }: { ticket: string }) {
  const [state, action] = useActionState<ActionResult | null>(() => resendConfirmationAction(ticket), null)
  const t = useTranslations("signIn")
  return (
    <form action={action} className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3">
      <p className="text-sm text-slate-700">{t("resendPrompt")}</p>
      <SubmitButton variant="secondary">{t("resend")}</SubmitButton>
      {state?.ok ? (
        <p role="status" className="text-sm text-emerald-800">
          {state.message}
        </p>
      ) : (
        <FormError message={errorIn(state)} />
      )}
    </form>
  )
}
