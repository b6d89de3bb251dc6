"use server"

import { AuthError, CredentialsSignin } from "next-auth"
import { headers } from "next/headers"
import { z } from "zod"
import { signIn, signInThrottleKeys, TOO_MANY_SIGN_INS } from "@/lib/auth/auth"
import { emailField } from "@/lib/fields"
import { findInvitationByToken } from "@/lib/invitations/lookup"
import { clientIp, countUnlessLimited, isAtLimit, SIGN_IN_THROTTLE, SIGN_UP_THROTTLE, throttleKeys } from "@/lib/rate-limit"
import { safeReturnPath } from "@/lib/auth/safe-redirect"
import { formData, refused, serverAction, type ActionResult } from "@/lib/actions/server-action"
import { registerUser } from "@/lib/users/register"
import { nameField, passwordField } from "@/lib/fields"

const WRONG_CREDENTIALS = "Email or password is incorrect."
const previousState = z.unknown()
const returnPath = z.unknown().transform((next) => safeReturnPath(next))

const signUpForm = formData({
  name: nameField,
  email: emailField,
  password: passwordField,
  next: returnPath,
  invitation: z.string().max(100).optional(),
})

export const signUpAction = serverAction({ kind: "public" }, [previousState, signUpForm], async (_caller, _previous, form) => {
  // Signing up through an invitation link proves the mailbox, for the invited email only.
  const invitation = form.invitation ? await findInvitationByToken(form.invitation) : null
  if (form.invitation && invitation?.state !== "pending") {
    return refused("This invitation is no longer valid. Ask the person who invited you for a new one.")
  }
  if (invitation && invitation.email !== form.email) return refused(`Use the invited email, ${invitation.email}.`, "email")
  const ip = clientIp(await headers())
  // Checked before anything is created: a throttled client must get the same answer for a new email as for one
  // that has an account.
  if (await isAtLimit(signInThrottleKeys(form.email, ip), SIGN_IN_THROTTLE.limit)) return refused(SIGN_IN_THROTTLE.message)
  // Direct sign-ups from one address are limited, whether the email is free or not (the answer must not tell).
  // An invitation link is its own limit: someone who may invite sent it.
  if (!invitation && !(await countUnlessLimited([{ key: throttleKeys.signUpIp(ip), limit: SIGN_UP_THROTTLE.limit }])).ok) {
    return refused(SIGN_UP_THROTTLE.message)
  }
  // An email that already has an account is answered as a sign-in with this password would be: signed in when it
  // is that account's password, "incorrect" (and counted as a failed sign-in) otherwise. Never "this email exists".
  await registerUser({ name: form.name, email: form.email, password: form.password, emailVerified: Boolean(invitation) })
  return signInOrExplain(form.email, form.password, form.next)
})

const signInForm = formData({
  email: emailField,
  password: z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }),
  next: returnPath,
})

export const signInAction = serverAction({ kind: "public" }, [previousState, signInForm], async (_caller, _previous, form) =>
  signInOrExplain(form.email, form.password, form.next),
)

async function signInOrExplain(email: string, password: string, redirectTo: string): Promise<ActionResult> {
  try {
    await signIn("credentials", { email, password, redirectTo })
  } catch (error) {
    // signIn redirects by throwing; only a refused sign-in is ours to answer.
    if (error instanceof AuthError) return refused(refusalMessage(error))
    throw error
  }
  return { ok: true }
}

function refusalMessage(error: AuthError): string {
  const throttled = error instanceof CredentialsSignin && error.code === TOO_MANY_SIGN_INS
  return throttled ? SIGN_IN_THROTTLE.message : WRONG_CREDENTIALS
}
