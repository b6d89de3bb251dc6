"use client"

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
  return (
    <section aria-labelledby="two-factor-step" tabIndex={-1} ref={(section) => section?.focus()} className="flex flex-col gap-4 focus:outline-none">
      <h2 id="two-factor-step" className="text-lg font-semibold text-slate-900">
        Two-factor authentication
      </h2>
      <form action={action} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="challenge" value={challenge} />
        <input type="hidden" name="next" value={next} />
        <FormError message={errorIn(state)} />
        {recovery ? (
          <Field key="recovery" label="Recovery code" name="recoveryCode" autoComplete="off" hint="One of the codes you saved when you turned on two-factor authentication. Each works once." error={errorIn(state, "recoveryCode")} />
        ) : (
          <Field key="code" label="Authentication code" name="code" inputMode="numeric" autoComplete="one-time-code" hint="The 6-digit code your authenticator app shows for Hitflow." error={errorIn(state, "code")} />
        )}
        <SubmitButton>Verify</SubmitButton>
      </form>
      <button type="button" onClick={() => setRecovery(!recovery)} className="self-start text-sm font-medium text-indigo-700 hover:underline">
        {recovery ? "Use your authentication app" : "Use a recovery code"}
      </button>
    </section>
  )
}
