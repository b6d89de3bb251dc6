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

export type Confirmed = { userId: string; email: string }

/** Follows a confirmation link: once, within its lifetime. */
export async function confirmEmail(token: string, origin: RequestOrigin): Promise<Confirmed | null> {
  return db.$transaction(async (tx) => {
    const used = await consumeEmailToken(tx, token, "CONFIRM_EMAIL")
    if (!used) return null
    const user = await tx.user.update({ where: { id: used.userId }, data: { emailVerifiedAt: new Date() }, select: { email: true } })
    await recordSecurityEvent(tx, used.userId, "EMAIL_CONFIRMED", origin)
    return { userId: used.userId, email: user.email }
  })
}
