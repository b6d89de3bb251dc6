import "server-only"
import type { Refusal } from "@/lib/refusal"
import type { Actor } from "@/lib/actions/authorize"
import { madeBy, recordAudit } from "@/lib/audit"
import { db } from "@/lib/db"
import type { Role } from "@/lib/generated/prisma/enums"
import { revokeInvitationsSentBy } from "@/lib/invitations/revoke"
import { distinctRoles } from "@/lib/modules"
import { lockManagedMembership } from "./guard"
import { rolesNotHeld } from "@/lib/modules"
import { memberRefusal, type MemberRefusal } from "./refusals"
import { CHOOSE_A_ROLE } from "@/lib/fields"

export type ChangeRolesResult = { ok: true; name: string } | MemberRefusal | Refusal

/**
 * Sets a member's roles. Only someone holding all of the member's roles and all of the new ones may; at least one
 * must remain. Invitations the member sent with a role they lose are withdrawn.
 */
export async function changeMemberRoles({ actor, membershipId, roles }: { actor: Actor; membershipId: string; roles: Role[] }): Promise<ChangeRolesResult> {
  const ordered = distinctRoles(roles)
  if (ordered.length === 0) return { ok: false, kind: "invalid", message: CHOOSE_A_ROLE }
  return db.$transaction(async (tx) => {
    const guarded = await lockManagedMembership(tx, actor, membershipId)
    if (!guarded.ok) return guarded
    const { membership, actorGrant } = guarded
    const notHeld = rolesNotHeld(actorGrant, ordered)
    if (notHeld.length > 0) return memberRefusal("forbidden", { key: "grantNotHeld", roles: notHeld })
    if (ordered.join() === distinctRoles(membership.roles).join()) return { ok: true as const, name: membership.name }
    await tx.membership.update({ where: { id: membershipId }, data: { roles: ordered } })
    await revokeInvitationsSentBy(tx, {
      accountId: membership.accountId,
      senderId: membership.userId,
      senderGrant: { isOwner: false, roles: ordered },
      by: madeBy(actor),
    })
    await recordAudit(tx, {
      accountId: actor.access.accountId,
      ...madeBy(actor),
      action: "MEMBER_ROLES_CHANGED",
      targetEmail: membership.email,
      details: { from: membership.roles, to: ordered },
    })
    return { ok: true as const, name: membership.name }
  })
}
