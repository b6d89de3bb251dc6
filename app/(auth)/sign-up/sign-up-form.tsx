"use client"

import { useActionState } from "react"
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
  const checkInbox = state?.ok ? (state.data as { checkInbox?: string } | undefined)?.checkInbox : undefined
  if (checkInbox) return <CheckInbox email={checkInbox} />
  // Through an invitation, an email that has an account signs in: with its second step if it has two-factor.
  const offer = state && !state.ok ? state.offer : undefined
  if (offer?.kind === "two-factor") return <TwoFactorStep challenge={offer.challenge} next={next} />
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {invited ? <input type="hidden" name="invitation" value={invited.token} /> : null}
      <FormError message={errorIn(state)} />
      <Field label="Name" name="name" autoComplete="name" defaultValue={typedIn(state, "name")} error={errorIn(state, "name")} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={invited?.email ?? typedIn(state, "email")}
        readOnly={Boolean(invited)}
        error={errorIn(state, "email")}
      />
      <Field label="Password" name="password" type="password" autoComplete="new-password" error={errorIn(state, "password")} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  )
}

/** The one answer to a direct sign-up, whether the email was free or not. */
function CheckInbox({ email }: { email: string }) {
  return (
    <section aria-labelledby="check-inbox" tabIndex={-1} ref={(section) => section?.focus()} className="focus:outline-none">
      <h2 id="check-inbox" className="text-lg font-semibold text-slate-900">
        Check your inbox
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        We sent a link to <strong>{email}</strong>. Open it within {CONFIRMATION_LIFETIME_HOURS} hours to confirm your email and start using Hitflow.
      </p>
      <p className="mt-2 text-sm text-slate-600">No mail? Look in your spam folder, or sign in to get a new link.</p>
    </section>
  )
}
