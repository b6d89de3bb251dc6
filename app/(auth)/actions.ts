"use server"

import { AuthError } from "next-auth"
import { z } from "zod"
import { signIn } from "@/lib/auth"
import { emailField } from "@/lib/email"
import { safeReturnPath } from "@/lib/safe-redirect"
import { registerUser } from "@/lib/users/register"
import { fieldErrors, nameField, passwordField } from "@/lib/validation"

export type FormState = { errors: Record<string, string>; values: Record<string, string> }

const signUpSchema = z.object({ name: nameField, email: emailField, password: passwordField })

export async function signUpAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "") }
  const parsed = signUpSchema.safeParse({ ...values, password: form.get("password") })
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values }

  const result = await registerUser({ ...parsed.data, emailVerified: false })
  if (!result.ok) {
    return { errors: { email: "An account already exists for this email. Sign in instead." }, values }
  }
  await signIn("credentials", {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: safeReturnPath(form.get("next")),
  })
  return { errors: {}, values }
}

const signInSchema = z.object({ email: emailField, password: z.string().min(1, { error: "Enter your password." }) })

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = { email: String(form.get("email") ?? "") }
  const parsed = signInSchema.safeParse({ ...values, password: form.get("password") })
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(form.get("next")) })
  } catch (error) {
    // signIn redirects by throwing; only a refused sign-in is ours to answer.
    if (error instanceof AuthError) return { errors: { form: "Email or password is incorrect." }, values }
    throw error
  }
  return { errors: {}, values }
}
