"use client"

import { useTranslations } from "next-intl"
import { useActionState, useSyncExternalStore } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { errorIn, typedIn, type ActionResult } from "@/lib/actions/result"
import { signUpAction } from "@/lib/auth/actions"
import { CONFIRMATION_LIFETIME_HOURS } from "@/lib/identity/policy"
import { TwoFactorStep } from "../two-factor-step"

type Props = { next: string; invited?: { token: string; email: string } }

export function SignUpForm({ next, invited }: Props) {
  const [state, action] = useActionState<ActionResult | null, FormData>(signUpAction, null)
  const t = useTranslations()
  const checkInbox = state?.ok ? (state.data as { checkInbox?: string } | undefined)?.checkInbox : undefined
  if (checkInbox) return <CheckInbox email={checkInbox} />
  // Through an invitation, an email that has an account signs in: with its second step if it has two-factor.
  const offer = state && !state.ok ? state.offer : undefined
  if (offer?.kind === "two-factor") return <TwoFactorStep challenge={offer.challenge} next={next} />
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {invited ? <input type="hidden" name="invitation" value={invited.token} /> : null}
      <DetectedTimeZone />
      <FormError message={errorIn(state)} />
      <Field label={t("fields.name")} name="name" autoComplete="name" defaultValue={typedIn(state, "name")} error={errorIn(state, "name")} />
      <Field
        label={t("fields.email")}
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={invited?.email ?? typedIn(state, "email")}
        readOnly={Boolean(invited)}
        error={errorIn(state, "email")}
      />
      <Field label={t("fields.password")} name="password" type="password" autoComplete="new-password" error={errorIn(state, "password")} />
      <SubmitButton>{t("signUp.submit")}</SubmitButton>
    </form>
  )
}

/** The browser's time zone, which the new person's dates are then shown in (editable on the profile). */
function DetectedTimeZone() {
  const zone = useSyncExternalStore(unchanging, browserTimeZone, () => "")
  return <input type="hidden" name="timeZone" value={zone} />
}

/** The one answer to a direct sign-up, whether the email was free or not. */
function CheckInbox({ email }: { email: string }) {
  const t = useTranslations("signUp.checkInbox")
  return (
    <section aria-labelledby="check-inbox" tabIndex={-1} ref={(section) => section?.focus()} className="focus:outline-none">
      <h2 id="check-inbox" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-2 text-sm text-slate-700">{t.rich("sent", { email, hours: CONFIRMATION_LIFETIME_HOURS, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <p className="mt-2 text-sm text-slate-600">{t("noMail")}</p>
    </section>
  )
}

const unchanging = () => () => {}
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
