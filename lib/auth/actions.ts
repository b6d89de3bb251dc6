"use server"

import { AuthError, CredentialsSignin } from "next-auth"
import { headers } from "next/headers"
import { z } from "zod"
import { EmailUnconfirmed, signIn, TOO_MANY_SIGN_INS, TwoFactorRequired } from "@/lib/auth/auth"
import { db } from "@/lib/db"
import { signUntil, verifyUnexpired } from "@/lib/identity/signed-values"
import { emailField } from "@/lib/fields"
import { findInvitationByToken } from "@/lib/invitations/lookup"
import { bindSignUpToBrowser } from "@/lib/identity/browser-cookies"
import { resendConfirmation } from "@/lib/identity/confirmation"
import { passwordProblem } from "@/lib/identity/password-rules"
import { CONFIRMATION_LIFETIME_HOURS } from "@/lib/identity/policy"
import { signUpDirectly } from "@/lib/identity/sign-up"
import { clientIp, countUnlessLimited, EMAIL_LINK_THROTTLE, SIGN_IN_THROTTLE, SIGN_UP_THROTTLE, throttleKeys } from "@/lib/rate-limit"
import { safeReturnPath } from "@/lib/auth/safe-redirect"
import { formData, refused, serverAction, type ActionResult } from "@/lib/actions/server-action"
import { openChallenge } from "@/lib/two-factor/challenge"
import { registerUser } from "@/lib/users/register"
import { nameField, passwordField } from "@/lib/fields"
import { requestPreferences, requestTranslator } from "@/lib/i18n/request-locale"
import { isTimeZone } from "@/lib/i18n/time-zones"
import { errorKey } from "@/lib/i18n/error-keys"

const WRONG_CREDENTIALS = errorKey("wrongCredentials")
const previousState = z.unknown()
const returnPath = z.unknown().transform((next) => safeReturnPath(next))

const signUpForm = formData({
  name: nameField,
  email: emailField,
  password: passwordField,
  next: returnPath,
  invitation: z.string().max(100).optional(),
  // Detected by the browser; a sign-up without it (no script, an unknown zone) is still a sign-up.
  timeZone: z.unknown().transform((zone) => (isTimeZone(zone) ? zone : null)),
})

export const signUpAction = serverAction({ kind: "public" }, [previousState, signUpForm], async (_caller, _previous, form) => {
  // Signing up through an invitation link proves the mailbox, for the invited email only.
  const invitation = form.invitation ? await findInvitationByToken(form.invitation) : null
  if (form.invitation && invitation?.state !== "pending") {
    return refused(errorKey("invitationNoLongerValid"))
  }
  if (invitation && invitation.email !== form.email) return refused(errorKey("useInvitedEmail", { email: invitation.email }), "email")
  const problem = await passwordProblem(form.password, form)
  if (problem) return refused(problem, "password")
  const ip = clientIp(await headers())
  // Direct sign-ups from one address are limited, whether the email is free or not (the answer must not tell).
  // An invitation link is its own limit: someone who may invite sent it.
  if (!invitation && !(await countUnlessLimited([{ key: throttleKeys.signUpIp(ip), limit: SIGN_UP_THROTTLE.limit }])).ok) {
    return refused(SIGN_UP_THROTTLE.message)
  }
  // The language the page was read in, and the browser's time zone, become the person's own.
  const preferences = { locale: (await requestPreferences()).locale, timeZone: form.timeZone }
  if (!invitation) {
    await signUpDirectly({ name: form.name, email: form.email, password: form.password, bindingHash: await bindSignUpToBrowser(), preferences })
    return { ok: true, data: { checkInbox: form.email } }
  }
  // Through an invitation: confirmed and signed in at once. An email that already has an account is answered as a
  // sign-in with this password would be (its owner may have followed the link before signing in).
  await registerUser({ name: form.name, email: form.email, password: form.password, emailVerified: true, preferences })
  return signInOrExplain(form.email, form.password, form.next)
})

const RESEND_PURPOSE = "resend-confirmation"
const RESEND_TICKET_MS = 30 * 60_000

/**
 * "Send the link again", offered by the sign-in form to a person who gave the right password but has not confirmed:
 * the ticket that refusal signed says who, for half an hour, so the password need not be typed again.
 */
export const resendConfirmationAction = serverAction({ kind: "public" }, [z.string().max(300)], async (_caller, ticket) => {
  const userId = verifyUnexpired(RESEND_PURPOSE, ticket)
  const user = userId ? await db.user.findUnique({ where: { id: userId } }) : null
  if (!user) return refused(errorKey("pageTooOld"))
  if (user.emailVerifiedAt) return refused(errorKey("emailAlreadyConfirmed"))
  if ((await resendConfirmation(user, await bindSignUpToBrowser())) === "throttled") return refused(EMAIL_LINK_THROTTLE.message)
  const t = await requestTranslator("signIn")
  return { ok: true, message: t("resent", { email: user.email, hours: CONFIRMATION_LIFETIME_HOURS }) }
})

const signInForm = formData({
  email: emailField,
  password: z.string({ error: errorKey("yourPasswordMissing") }).min(1, { error: errorKey("yourPasswordMissing") }),
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
    if (error instanceof AuthError) return await refusal(error, email)
    throw error
  }
  return { ok: true }
}

async function refusal(error: AuthError, email: string): Promise<ActionResult> {
  const code = error instanceof CredentialsSignin ? error.code : undefined
  if (code === TOO_MANY_SIGN_INS) return refused(SIGN_IN_THROTTLE.message)
  if (error instanceof TwoFactorRequired) return { ok: false, errors: {}, offer: { kind: "two-factor", challenge: await openChallenge(error.userId) } }
  if (error instanceof EmailUnconfirmed) {
    const ticket = signUntil(RESEND_PURPOSE, error.userId, RESEND_TICKET_MS)
    return { ok: false, errors: { form: errorKey("confirmEmailFirst", { email }) }, offer: { kind: "resend-confirmation", ticket } }
  }
  return refused(WRONG_CREDENTIALS)
}
