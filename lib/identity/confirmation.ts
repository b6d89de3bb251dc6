import "server-only"
import { appUrl } from "@/lib/app-url"
import { db } from "@/lib/db"
import { queueMail } from "@/lib/mail/outbox"
import { countUnlessLimitedIn, EMAIL_LINK_THROTTLE, throttleKeys } from "@/lib/rate-limit"
import { consumeEmailToken, issueEmailToken } from "./email-tokens"
import { recordSecurityEvent, type RequestOrigin } from "./security-events"

/** A new confirmation link for a person who proved their password but not yet their mailbox. */
export async function resendConfirmation(user: { id: string; email: string; name: string }, bindingHash: string): Promise<"sent" | "throttled"> {
  return db.$transaction(async (tx) => {
    if (!(await countUnlessLimitedIn(tx, [{ key: throttleKeys.emailLinks(user.email), limit: EMAIL_LINK_THROTTLE.limit }])).ok) return "throttled"
    const { token, expiresAt } = await issueEmailToken(tx, user.id, "CONFIRM_EMAIL", bindingHash)
    await queueMail(tx, { to: user.email, template: "confirm-email", data: { name: user.name, confirmUrl: appUrl(`/confirm-email/${token}`), expiresAt: expiresAt.toISOString() } })
    return "sent"
  })
}

/** Follows a confirmation link: once, within its lifetime. The id of the person it confirmed, else null. */
export async function confirmEmail(token: string, origin: RequestOrigin): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, token, "CONFIRM_EMAIL")
    if (!userId) return null
    await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } })
    await recordSecurityEvent(tx, userId, "EMAIL_CONFIRMED", origin)
    return userId
  })
}
