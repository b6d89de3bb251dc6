import "server-only"
import type { Refusal } from "@/lib/refusal"
import { cancelTransfersTo } from "@/lib/ownership/transfer"
import type { Actor } from "@/lib/actions/authorize"
import { appUrl } from "@/lib/app-url"
import { madeBy, recordAudit } from "@/lib/audit"
import { db } from "@/lib/db"
import type { MembershipStatus } from "@/lib/generated/prisma/enums"
import { revokeInvitationsSentBy } from "@/lib/invitations/revoke"
import { queueMail } from "@/lib/mail/outbox"
import { lockManagedMembership } from "./guard"
import type { MemberRefusal } from "./refusals"

export type SetStatusResult = { ok: true; name: string } | MemberRefusal | Refusal

/**
 * Disables a member (they keep seeing the account, marked deactivated, and can do nothing in it) or enables them
 * again with exactly the roles they had. The member is emailed; the change is audited. A disabled member's pending
 * invitations are withdrawn: they can no longer give access (enabling them again does not bring those back).
 */
export async function setMemberStatus({ actor, membershipId, status }: { actor: Actor; membershipId: string; status: MembershipStatus }): Promise<SetStatusResult> {
  return db.$transaction(async (tx) => {
    const guarded = await lockManagedMembership(tx, actor, membershipId)
    if (!guarded.ok) return guarded
    const { membership } = guarded
    if (membership.status === status) return { ok: true as const, name: membership.name }
    await tx.membership.update({ where: { id: membershipId }, data: { status, statusChangedAt: new Date() } })
    if (status === "DISABLED") {
      await cancelTransfersTo(tx, membership.accountId, membership.userId)
      await revokeInvitationsSentBy(tx, { accountId: membership.accountId, senderId: membership.userId, senderGrant: null, by: madeBy(actor) })
    }
    const actorName = (await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } })).name
    if (status === "DISABLED") {
      await queueMail(tx, { to: membership.email, template: "member-disabled", data: { accountName: membership.accountName, actorName } })
    } else {
      await queueMail(tx, {
        to: membership.email,
        template: "member-enabled",
        data: { accountName: membership.accountName, actorName, accountUrl: appUrl(`/accounts/${membership.accountId}`) },
      })
    }
    await recordAudit(tx, {
      accountId: membership.accountId,
      ...madeBy(actor),
      action: status === "DISABLED" ? "MEMBER_DISABLED" : "MEMBER_ENABLED",
      targetEmail: membership.email,
    })
    return { ok: true as const, name: membership.name }
  })
}
