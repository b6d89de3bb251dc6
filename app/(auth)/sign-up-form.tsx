"use client"

import { useActionState } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { signUpAction, type FormState } from "./actions"

type Props = { next: string; invited?: { token: string; email: string } }

export function SignUpForm({ next, invited }: Props) {
  const initial: FormState = { errors: {}, values: {} }
  const [state, action] = useActionState(signUpAction, initial)
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {invited ? <input type="hidden" name="invitation" value={invited.token} /> : null}
      <FormError message={state.errors.form} />
      <Field label="Name" name="name" autoComplete="name" defaultValue={state.values.name} error={state.errors.name} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={invited?.email ?? state.values.email}
        readOnly={Boolean(invited)}
        error={state.errors.email}
      />
      <Field label="Password" name="password" type="password" autoComplete="new-password" error={state.errors.password} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  )
}
