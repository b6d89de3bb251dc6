import "server-only"
import { appUrl } from "@/lib/app-url"
import { hashPassword } from "@/lib/auth/password"
import { db, type Tx } from "@/lib/db"
import { queueMail } from "@/lib/mail/outbox"
import { countUnlessLimitedIn, EMAIL_LINK_THROTTLE, throttleKeys } from "@/lib/rate-limit"
import { createPerson, isUniqueViolation, type Preferences } from "@/lib/users/register"
import { issueEmailToken } from "./email-tokens"

export type DirectSignUp = { name: string; email: string; password: string; bindingHash: string; preferences?: Preferences }

/**
 * A sign-up without an invitation. Whether the email is free or not, the same work is done and one mail is queued
 * (unless the address already got three links this hour), so neither the answer nor its timing tells:
 * - a free email gets an unconfirmed person and a confirmation link, bound to the signing-up browser;
 * - a taken one changes nothing; its owner is told someone tried, and how to sign in or reset the password.
 *   Also when that person never confirmed: the link would confirm whoever set their password, not the mailbox.
 */
export async function signUpDirectly(input: DirectSignUp): Promise<void> {
  const passwordHash = await hashPassword(input.password)
  try {
    await db.$transaction(async (tx) => {
      const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })
      if (!(await countUnlessLimitedIn(tx, [{ key: throttleKeys.emailLinks(input.email), limit: EMAIL_LINK_THROTTLE.limit }])).ok) return
      if (taken) return queueSignUpAttempt(tx, input.email)
      const { userId } = await createPerson(tx, { name: input.name, email: input.email, passwordHash, emailVerified: false, preferences: input.preferences })
      const { token, expiresAt } = await issueEmailToken(tx, userId, "CONFIRM_EMAIL", input.bindingHash)
      await queueMail(tx, {
        to: input.email,
        template: "confirm-email",
        data: { name: input.name, confirmUrl: appUrl(`/confirm-email/${token}`), expiresAt: expiresAt.toISOString() },
      })
    })
  } catch (error) {
    // Two sign-ups for one free email at once: the second finds it taken, as it would a moment later.
    if (!isUniqueViolation(error)) throw error
    await db.$transaction((tx) => queueSignUpAttempt(tx, input.email))
  }
}

async function queueSignUpAttempt(tx: Tx, email: string) {
  await queueMail(tx, { to: email, template: "sign-up-attempt", data: { signInUrl: appUrl("/sign-in"), resetUrl: appUrl("/forgot-password") } })
}
