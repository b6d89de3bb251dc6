import "server-only"
import { recordAudit } from "@/lib/audit"
import { appUrl } from "@/lib/app-url"
import { db, type Tx } from "@/lib/db"
import { lockAccountAccess } from "@/lib/accounts/lock"
import { queueMail } from "@/lib/mail/outbox"
import { grantableRoles } from "@/lib/modules"
import { stateOf, type InvitationState } from "./lookup"
import { hashToken, looksLikeToken } from "@/lib/tokens"

export type RespondResult =
  | { ok: true; accountId: string }
  | { ok: false; reason: "invalid" | "wrong-user" | Exclude<InvitationState, "pending"> }

type Response = { token: string; userId: string; now?: Date }

/**
 * Accepts an invitation for the signed-in user: one transaction that locks the account's access and the invitation,
 * checks its state and that its sender can still give every role in it, creates the membership with the invited
 * roles and marks the invitation used. Concurrent accepts of one token queue on the locks: exactly one membership
 * results; a change taking the sender's right away happens wholly before or wholly after.
 */
export async function acceptInvitation({ token, userId, now = new Date() }: Response): Promise<RespondResult> {
  return respond(token, userId, now, async (tx, invitation, user) => {
    await tx.membership.create({ data: { accountId: invitation.accountId, userId, roles: invitation.roles } })
    await tx.invitation.update({ where: { id: invitation.id }, data: { status: "ACCEPTED", respondedAt: now } })
    // Following the mailed link proves the mailbox.
    await tx.user.update({
      where: { id: userId },
      data: { lastAccountId: invitation.accountId, emailVerifiedAt: user.emailVerifiedAt ?? now },
    })
    const account = await tx.account.findUniqueOrThrow({ where: { id: invitation.accountId }, include: { owner: true } })
    await queueMail(tx, {
      to: account.owner.email,
      template: "invitation-accepted",
      data: {
        accountName: account.name,
        memberName: user.name,
        memberEmail: user.email,
        roles: invitation.roles,
        usersUrl: appUrl(`/accounts/${account.id}/settings/users`),
      },
    })
    await recordAudit(tx, {
      accountId: invitation.accountId,
      actorId: userId,
      action: "INVITATION_ACCEPTED",
      targetEmail: invitation.email,
      details: { roles: invitation.roles },
    })
  })
}

/** Declines an invitation for the signed-in user it was sent to. */
export async function declineInvitation({ token, userId, now = new Date() }: Response): Promise<RespondResult> {
  return respond(token, userId, now, async (tx, invitation) => {
    await tx.invitation.update({ where: { id: invitation.id }, data: { status: "DECLINED", respondedAt: now } })
    await recordAudit(tx, { accountId: invitation.accountId, actorId: userId, action: "INVITATION_DECLINED", targetEmail: invitation.email })
  })
}

type LockedInvitation = {
  id: string
  accountId: string
  email: string
  roles: ("TECHNICAL" | "ADMIN" | "BILLING")[]
  status: string
  expiresAt: Date
  invitedById: string
}
type Responder = { name: string; email: string; emailVerifiedAt: Date | null }

async function respond(
  token: string,
  userId: string,
  now: Date,
  apply: (tx: Tx, invitation: LockedInvitation, user: Responder) => Promise<void>,
): Promise<RespondResult> {
  if (!looksLikeToken(token)) return { ok: false, reason: "invalid" }
  const tokenHash = hashToken(token)
  return db.$transaction(async (tx) => {
    const [found] = await tx.$queryRaw<{ accountId: string; invitedById: string }[]>`
      SELECT "accountId", "invitedById" FROM "Invitation" WHERE "tokenHash" = ${tokenHash}`
    if (!found) return { ok: false as const, reason: "invalid" as const }
    // The account's access lock first, as every change of access takes it (see lockAccountAccess), then the row.
    let senderGrant = await lockAccountAccess(tx, found.accountId, found.invitedById)
    const [invitation] = await tx.$queryRaw<LockedInvitation[]>`
      SELECT "id", "accountId", "email", "roles"::text[] AS "roles", "status"::text AS "status", "expiresAt", "invitedById"
      FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`
    if (!invitation) return { ok: false as const, reason: "invalid" as const }
    const state = stateOf(invitation.status, invitation.expiresAt, now)
    if (state !== "pending") return { ok: false as const, reason: state }
    // A resend by someone else, just before the lock, made them the sender.
    if (invitation.invitedById !== found.invitedById) senderGrant = await lockAccountAccess(tx, invitation.accountId, invitation.invitedById)
    if (!invitation.roles.every((role) => grantableRoles(senderGrant).includes(role))) return { ok: false as const, reason: "revoked" as const }
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, emailVerifiedAt: true } })
    if (user.email !== invitation.email) return { ok: false as const, reason: "wrong-user" as const }
    await apply(tx, invitation, user)
    return { ok: true as const, accountId: invitation.accountId }
  })
}
