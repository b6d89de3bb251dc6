import "server-only"
import { hashPassword } from "@/lib/auth/password"
import { db } from "@/lib/db"
import { queueMail } from "@/lib/mail/outbox"
import { passwordProblem } from "./password-rules"
import { recordSecurityEvent, type RequestOrigin } from "./security-events"
import { endSessionsIn } from "./sessions"

export type Person = { id: string; name: string; email: string }

/** A new password, from the profile (the current one already checked): the other sessions end, a mail says so. */
export async function changePassword(person: Person, currentSessionId: string, password: string, origin: RequestOrigin): Promise<{ ok: true; ended: number } | { ok: false; message: string }> {
  const problem = await passwordProblem(password, person)
  if (problem) return { ok: false, message: problem }
  const passwordHash = await hashPassword(password)
  return db.$transaction(async (tx) => {
    const now = new Date()
    await tx.user.update({ where: { id: person.id }, data: { passwordHash } })
    await tx.emailToken.deleteMany({ where: { userId: person.id, purpose: "RESET_PASSWORD", usedAt: null } }) // a mailed link must not undo this
    await tx.signInChallenge.deleteMany({ where: { userId: person.id } }) // nor a second step the old password opened
    const ended = await endSessionsIn(tx, person.id, currentSessionId, now)
    await recordSecurityEvent(tx, person.id, "PASSWORD_CHANGED", origin)
    await queueMail(tx, { to: person.email, template: "password-changed", data: { name: person.name, how: "changed", at: now.toISOString(), ip: origin.ip } })
    return { ok: true as const, ended }
  })
}

/** Signs out one of the person's sessions (never someone else's), or all but the current one. */
export async function endSessions(person: Person, which: { sessionId: string } | { allBut: string }, origin: RequestOrigin): Promise<number> {
  return db.$transaction(async (tx) => {
    const now = new Date()
    const ended =
      "sessionId" in which
        ? (await tx.session.updateMany({ where: { id: which.sessionId, userId: person.id, revokedAt: null }, data: { revokedAt: now } })).count
        : await endSessionsIn(tx, person.id, which.allBut, now)
    if (ended === 0) return 0
    await recordSecurityEvent(tx, person.id, "sessionId" in which ? "SESSION_ENDED" : "OTHER_SESSIONS_ENDED", origin)
    await queueMail(tx, { to: person.email, template: "sessions-ended", data: { name: person.name, count: ended, at: now.toISOString(), ip: origin.ip } })
    return ended
  })
}
