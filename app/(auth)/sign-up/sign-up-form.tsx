"use client"

import { useActionState } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { errorIn, typedIn, type ActionResult } from "@/lib/actions/result"
import { signUpAction } from "@/lib/auth/actions"

type Props = { next: string; invited?: { token: string; email: string } }

export function SignUpForm({ next, invited }: Props) {
  const [state, action] = useActionState<ActionResult | null, FormData>(signUpAction, null)
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
