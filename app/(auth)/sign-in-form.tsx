"use client"

import { useActionState } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { signInAction, type FormState } from "./actions"

export function SignInForm({ next, email }: { next: string; email?: string }) {
  const initial: FormState = { errors: {}, values: { email: email ?? "" } }
  const [state, action] = useActionState(signInAction, initial)
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <FormError message={state.errors.form} />
      <Field label="Email" name="email" type="email" autoComplete="email" defaultValue={state.values.email} error={state.errors.email} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" error={state.errors.password} />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  )
}
