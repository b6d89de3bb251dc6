"use server"

import { AuthError } from "next-auth"
import { z } from "zod"
import { signIn } from "@/lib/auth"
import { emailField } from "@/lib/email"
import { findInvitationByToken } from "@/lib/invitations/lookup"
import { safeReturnPath } from "@/lib/safe-redirect"
import { registerUser } from "@/lib/users/register"
import { fieldErrors, nameField, passwordField } from "@/lib/validation"

export type FormState = { errors: Record<string, string>; values: Record<string, string> }

const signUpSchema = z.object({ name: nameField, email: emailField, password: passwordField })

export async function signUpAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "") }
  const parsed = signUpSchema.safeParse({ ...values, password: form.get("password") })
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values }

  // Signing up through an invitation link proves the mailbox, for the invited email only.
  const token = form.get("invitation")
  const invitation = typeof token === "string" ? await findInvitationByToken(token) : null
  if (token && invitation?.state !== "pending") {
    return { errors: { form: "This invitation is no longer valid. Ask the person who invited you for a new one." }, values }
  }
  if (invitation && invitation.email !== parsed.data.email) {
    return { errors: { email: `Use the invited email, ${invitation.email}.` }, values }
  }
  const result = await registerUser({ ...parsed.data, emailVerified: Boolean(invitation) })
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
