import "server-only"
import type { Actor } from "@/lib/action-access"
import { recordAudit } from "@/lib/audit"
import { db } from "@/lib/db"
import type { Role } from "@/lib/generated/prisma/enums"
import { distinctRoles, roleLabelsNotHeld, ROLES } from "@/lib/modules"
import { lockManagedMembership } from "./guard"

export type ChangeRolesResult = { ok: true } | { ok: false; message: string }

/** Sets a member's roles. Only roles the actor holds may be added or removed; at least one must remain. */
export async function changeMemberRoles({ actor, membershipId, roles }: { actor: Actor; membershipId: string; roles: Role[] }): Promise<ChangeRolesResult> {
  if (roles.length === 0) return { ok: false, message: "Choose at least one role." }
  return db.$transaction(async (tx) => {
    const guarded = await lockManagedMembership(tx, actor, membershipId)
    if (!guarded.ok) return guarded
    const before = guarded.membership.roles
    const changed = ROLES.filter((role) => before.includes(role) !== roles.includes(role))
    const notHeld = roleLabelsNotHeld(actor.access.grant, changed)
    if (notHeld) return { ok: false as const, message: `You can only grant or remove roles you hold yourself (not ${notHeld}).` }
    if (changed.length === 0) return { ok: true as const }
    const ordered = distinctRoles(roles)
    await tx.membership.update({ where: { id: membershipId }, data: { roles: ordered } })
    await recordAudit(tx, {
      accountId: actor.access.accountId,
      actorId: actor.userId,
      action: "MEMBER_ROLES_CHANGED",
      targetEmail: guarded.membership.email,
      details: { from: before, to: ordered },
    })
    return { ok: true as const }
  })
}
