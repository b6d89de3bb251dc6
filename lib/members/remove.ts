import "server-only"
import type { Refusal } from "@/lib/refusal"
import type { Actor } from "@/lib/actions/authorize"
import { appUrl } from "@/lib/app-url"
import { madeBy, recordAudit, type AuditActor } from "@/lib/audit"
import { db, type Tx } from "@/lib/db"
import { revokeInvitationsSentBy } from "@/lib/invitations/revoke"
import { queueMail } from "@/lib/mail/outbox"
import { cancelTransfersTo } from "@/lib/ownership/transfer"
import { revokeKeysOf } from "@/lib/api/revoke"
import { lockManagedMembership, lockOwnMembership, type ManagedMembership } from "./guard"
import { memberRefusal, type MemberRefusal } from "./refusals"

export type RemoveResult = { ok: true; name: string; accountName: string } | MemberRefusal | Refusal

/**
 * Deletes a member's access for good: the account leaves their list, and pending invitations for their email are
 * cancelled too, so only a new invitation (with roles chosen anew) gives access again. Those they sent are withdrawn.
 */
export async function removeMember({ actor, membershipId }: { actor: Actor; membershipId: string }): Promise<RemoveResult> {
  return db.$transaction(async (tx) => {
    const guarded = await lockManagedMembership(tx, actor, membershipId)
    if (!guarded.ok) return guarded
    const { membership } = guarded
    await endMembership(tx, membership, madeBy(actor))
    const actorName = (await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } })).name
    await queueMail(tx, { to: membership.email, template: "member-removed", data: { accountName: membership.accountName, actorName } })
    await recordAudit(tx, { accountId: membership.accountId, ...madeBy(actor), action: "MEMBER_DELETED", targetEmail: membership.email })
    return { ok: true as const, name: membership.name, accountName: membership.accountName }
  })
}

/** A member leaves an account they do not own: the same effect as a deletion, and the owner is emailed. */
export async function leaveAccount({ userId, accountId }: { userId: string; accountId: string }): Promise<RemoveResult> {
  return db.$transaction((tx) => leaveAccountIn(tx, userId, accountId))
}

/** Leaving, in a caller's transaction: a person deleting their user leaves every account they belong to. */
export async function leaveAccountIn(tx: Tx, userId: string, accountId: string): Promise<RemoveResult> {
  const membership = await lockOwnMembership(tx, userId, accountId)
  if (!membership) return memberRefusal("not-found", { key: "notMember" })
  await endMembership(tx, membership, { actorId: userId })
  const owner = await tx.account.findUniqueOrThrow({ where: { id: accountId }, select: { owner: { select: { email: true } } } })
  await queueMail(tx, {
    to: owner.owner.email,
    template: "member-left",
    data: { accountName: membership.accountName, memberName: membership.name, memberEmail: membership.email, usersUrl: appUrl(`/accounts/${accountId}/settings/users`) },
  })
  await recordAudit(tx, { accountId, actorId: userId, action: "MEMBER_LEFT", targetEmail: membership.email })
  return { ok: true as const, name: membership.name, accountName: membership.accountName }
}

/** Ends a membership: the access, the invitations to the member's email, those the member sent, a transfer to them. */
async function endMembership(tx: Tx, membership: ManagedMembership, by: AuditActor) {
  await tx.membership.delete({ where: { id: membership.id } })
  await cancelTransfersTo(tx, membership.accountId, membership.userId)
  await revokeKeysOf(tx, { accountId: membership.accountId, creatorId: membership.userId, creatorEmail: membership.email, by })
  await revokeInvitationsSentBy(tx, { accountId: membership.accountId, senderId: membership.userId, senderGrant: null, by })
  await tx.user.updateMany({ where: { id: membership.userId, lastAccountId: membership.accountId }, data: { lastAccountId: null } })
  const cancelled = await tx.invitation.updateManyAndReturn({
    where: { accountId: membership.accountId, email: membership.email, status: "PENDING" },
    data: { status: "CANCELLED", respondedAt: new Date() },
    select: { email: true },
  })
  await recordAudit(
    tx,
    ...cancelled.map(() => ({ accountId: membership.accountId, ...by, action: "INVITATION_CANCELLED" as const, targetEmail: membership.email })),
  )
}
