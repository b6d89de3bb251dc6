import "server-only"
import type { Refusal } from "@/lib/refusal"
import type { Actor } from "@/lib/actions/authorize"
import { lockForAccessChange } from "@/lib/accounts/lock"
import { madeBy, recordAudit } from "@/lib/audit"
import { db } from "@/lib/db"
import type { Role } from "@/lib/generated/prisma/enums"
import { rolesNotHeld } from "@/lib/modules"
import { OPEN_STATUSES } from "./policy"
import { invitationRefusal, type InvitationRefusal } from "./refusals"

export type CancelResult = { ok: true; email: string } | InvitationRefusal | Refusal

/**
 * Cancels a pending invitation of the actor's account; its link stops working at once. As with a member's access,
 * only someone who could give all of its roles may take it back.
 */
export async function cancelInvitation({ actor, invitationId }: { actor: Actor; invitationId: string }): Promise<CancelResult> {
  const accountId = actor.access.accountId
  return db.$transaction(async (tx) => {
    const locked = await lockForAccessChange(tx, actor)
    if (!locked.ok) return locked
    // Scoped to the actor's account: an id from another account matches nothing.
    const [invitation] = await tx.$queryRaw<{ email: string; roles: Role[] }[]>`
      SELECT "email", "roles"::text[] AS "roles" FROM "Invitation"
      WHERE "id" = ${invitationId}::uuid AND "accountId" = ${accountId}::uuid AND "status"::text = ANY(${[...OPEN_STATUSES]})
      FOR UPDATE`
    if (!invitation) return invitationRefusal("not-found", { key: "notPending" })
    const notHeld = rolesNotHeld(locked.grant, invitation.roles)
    if (notHeld.length > 0) return invitationRefusal("forbidden", { key: "cancelNotHeld", roles: notHeld })
    await tx.invitation.update({ where: { id: invitationId }, data: { status: "CANCELLED", respondedAt: new Date() } })
    await recordAudit(tx, { accountId, ...madeBy(actor), action: "INVITATION_CANCELLED", targetEmail: invitation.email })
    return { ok: true as const, email: invitation.email }
  })
}
