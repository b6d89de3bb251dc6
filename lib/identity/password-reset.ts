import "server-only"
import { appUrl } from "@/lib/app-url"
import { hashPassword } from "@/lib/auth/password"
import { db } from "@/lib/db"
import { queueMail } from "@/lib/mail/outbox"
import { countUnlessLimitedIn, EMAIL_LINK_THROTTLE, RESET_IP_THROTTLE, throttleKeys } from "@/lib/rate-limit"
import { consumeEmailToken, findEmailToken, issueEmailToken } from "./email-tokens"
import { passwordProblem } from "./password-rules"
import { recordSecurityEvent, type RequestOrigin } from "./security-events"
import { endSessionsIn } from "./sessions"

/**
 * Mails a reset link if the email has an account. The answer is the same either way; only the client address's own
 * limit is told, since it counts every request, for any email. An address asked for too often gets nothing more.
 */
export async function requestPasswordReset(email: string, origin: RequestOrigin): Promise<"answered" | "throttled"> {
  return db.$transaction(async (tx) => {
    if (!(await countUnlessLimitedIn(tx, [{ key: throttleKeys.resetIp(origin.ip), limit: RESET_IP_THROTTLE.limit }])).ok) return "throttled"
    if (!(await countUnlessLimitedIn(tx, [{ key: throttleKeys.emailLinks(email), limit: EMAIL_LINK_THROTTLE.limit }])).ok) return "answered"
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true } })
    if (!user) return "answered"
    const { token, expiresAt } = await issueEmailToken(tx, user.id, "RESET_PASSWORD")
    await queueMail(tx, { to: email, template: "password-reset", data: { name: user.name, resetUrl: appUrl(`/reset-password/${token}`), expiresAt: expiresAt.toISOString() } })
    return "answered"
  })
}

export type ResetOutcome = { kind: "done"; userId: string } | { kind: "closed" } | { kind: "weak"; message: string }

/**
 * Sets a new password through a reset link, once: every session of the person ends (whoever held one), the email
 * counts as confirmed (the link proved the mailbox), and a mail says it happened.
 */
export async function resetPassword(token: string, password: string, origin: RequestOrigin): Promise<ResetOutcome> {
  const link = await findEmailToken(token, "RESET_PASSWORD")
  if (link.state !== "usable") return { kind: "closed" }
  const problem = await passwordProblem(password, link)
  if (problem) return { kind: "weak", message: problem }
  const passwordHash = await hashPassword(password)
  return db.$transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, token, "RESET_PASSWORD")
    if (!userId) return { kind: "closed" as const }
    const now = new Date()
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } })
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? now } })
    await endSessionsIn(tx, user.id, null, now)
    await tx.signInChallenge.deleteMany({ where: { userId: user.id } }) // a second step the old password opened
    await recordSecurityEvent(tx, user.id, "PASSWORD_RESET", origin)
    await queueMail(tx, { to: user.email, template: "password-changed", data: { name: user.name, how: "reset", at: now.toISOString(), ip: origin.ip } })
    return { kind: "done" as const, userId: user.id }
  })
}
