"use client"

import { useActionState } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { errorIn, typedIn, type ActionResult } from "@/lib/actions/result"
import { signInAction } from "@/lib/auth/actions"

export function SignInForm({ next, email }: { next: string; email?: string }) {
  const [state, action] = useActionState<ActionResult | null, FormData>(signInAction, null)
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <FormError message={errorIn(state)} />
      <Field label="Email" name="email" type="email" autoComplete="email" defaultValue={typedIn(state, "email") ?? email ?? ""} error={errorIn(state, "email")} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" error={errorIn(state, "password")} />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  )
}
