"use server"

import { AuthError, CredentialsSignin } from "next-auth"
import { headers } from "next/headers"
import { z } from "zod"
import { signIn, signInThrottleKeys, TOO_MANY_SIGN_INS } from "@/lib/auth"
import { emailField } from "@/lib/email"
import { findInvitationByToken } from "@/lib/invitations/lookup"
import { clientIp, isAtLimit, SIGN_IN_THROTTLE } from "@/lib/rate-limit"
import { safeReturnPath } from "@/lib/safe-redirect"
import { registerUser } from "@/lib/users/register"
import { fieldErrors, nameField, passwordField } from "@/lib/validation"

export type FormState = { errors: Record<string, string>; values: Record<string, string> }

const WRONG_CREDENTIALS = "Email or password is incorrect."

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
  // Checked before anything is created: a throttled client must get the same answer for a new email as for one
  // that has an account.
  if (await isAtLimit(signInThrottleKeys(parsed.data.email, clientIp(await headers())), SIGN_IN_THROTTLE.limit)) {
    return { errors: { form: SIGN_IN_THROTTLE.message }, values }
  }
  // An email that already has an account is answered as a sign-in with this password would be: signed in when it
  // is that account's password, "incorrect" (and counted as a failed sign-in) otherwise. Never "this email exists".
  await registerUser({ ...parsed.data, emailVerified: Boolean(invitation) })
  return signInOrExplain(parsed.data.email, parsed.data.password, safeReturnPath(form.get("next")), values)
}

const signInSchema = z.object({ email: emailField, password: z.string().min(1, { error: "Enter your password." }) })

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = { email: String(form.get("email") ?? "") }
  const parsed = signInSchema.safeParse({ ...values, password: form.get("password") })
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values }
  return signInOrExplain(parsed.data.email, parsed.data.password, safeReturnPath(form.get("next")), values)
}

async function signInOrExplain(email: string, password: string, redirectTo: string, values: FormState["values"]): Promise<FormState> {
  try {
    await signIn("credentials", { email, password, redirectTo })
  } catch (error) {
    // signIn redirects by throwing; only a refused sign-in is ours to answer.
    if (error instanceof AuthError) return { errors: { form: refusalMessage(error) }, values }
    throw error
  }
  return { errors: {}, values }
}

function refusalMessage(error: AuthError): string {
  const throttled = error instanceof CredentialsSignin && error.code === TOO_MANY_SIGN_INS
  return throttled ? SIGN_IN_THROTTLE.message : WRONG_CREDENTIALS
}
