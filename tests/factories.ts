import crypto from "node:crypto"
import { findAccess } from "@/lib/access/check"
import type { Actor } from "@/lib/actions/authorize"
import { db } from "@/lib/db"
import type { Role } from "@/lib/generated/prisma/enums"
import { seal } from "@/lib/secret-box"
import { newSecret } from "@/lib/two-factor/totp"
import { registerUser } from "@/lib/users/register"
import { Secret, TOTP } from "otpauth"

export const TEST_PASSWORD = "correct horse battery"

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${crypto.randomBytes(5).toString("hex")}@example.test`
}

/** A person with their own account, as sign-up makes them. */
export async function createPerson(name = "Pat Example", email = uniqueEmail()) {
  const result = await registerUser({ name, email, password: TEST_PASSWORD, emailVerified: true })
  if (!result.ok) throw new Error(`could not create ${email}`)
  return { ...result, email, name }
}

export async function addMember(accountId: string, userId: string, roles: Role[], status: "ACTIVE" | "DISABLED" = "ACTIVE") {
  return db.membership.create({ data: { accountId, userId, roles, status } })
}

/** The actor a server action would authorize, for calling domain functions directly. */
export async function actorFor(userId: string, accountId: string): Promise<Actor> {
  const access = await findAccess(userId, accountId)
  if (!access) throw new Error("no access")
  return { userId, access }
}

/** The token of the link in the newest invitation mail queued for an invitation (tests read it from the outbox). */
export async function invitationToken(invitationId: string): Promise<string> {
  const mail = await db.outboxMail.findFirstOrThrow({ where: { invitationId, template: "invitation" }, orderBy: { createdAt: "desc" } })
  return (mail.payload as { acceptUrl: string }).acceptUrl.split("/invitations/")[1]!
}

/** What an account's invitation work has written, to check that a refusal changed nothing. */
export async function writtenFor(accountId: string) {
  const [invitations, mails, audits] = await Promise.all([
    db.invitation.count({ where: { accountId } }),
    db.outboxMail.count({ where: { invitation: { accountId } } }),
    db.auditEvent.count({ where: { accountId } }),
  ])
  return { invitations, mails, audits }
}

/** Turns on two-factor authentication for a person, as Set up and Turn on would: the secret, to compute codes with. */
export async function turnOnTwoFactor(userId: string): Promise<{ secret: string }> {
  const secret = newSecret()
  await db.user.update({ where: { id: userId }, data: { twoFactorSecret: seal(secret, userId), twoFactorEnabledAt: new Date(), twoFactorLastStep: null } })
  return { secret }
}

/** The code an authenticator app shows for `secret` at `at` (ms; now by default). */
export function codeFor(secret: string, at = Date.now()): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30, timestamp: at })
}
