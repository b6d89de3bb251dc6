import "server-only"
import type { Actor } from "@/lib/action-access"
import { recordAudit } from "@/lib/audit"
import { db } from "@/lib/db"

export type CancelResult = { ok: true } | { ok: false; message: string }

/** Cancels a pending invitation of the actor's account; its link stops working at once. */
export async function cancelInvitation({ actor, invitationId }: { actor: Actor; invitationId: string }): Promise<CancelResult> {
  const accountId = actor.access.accountId
  return db.$transaction(async (tx) => {
    // Scoped to the actor's account: an id from another account matches nothing.
    const cancelled = await tx.invitation.updateManyAndReturn({
      where: { id: invitationId, accountId, status: "PENDING" },
      data: { status: "CANCELLED", respondedAt: new Date() },
      select: { email: true },
    })
    const invitation = cancelled[0]
    if (!invitation) return { ok: false as const, message: "This invitation is no longer pending." }
    await recordAudit(tx, { accountId, actorId: actor.userId, action: "INVITATION_CANCELLED", targetEmail: invitation.email })
    return { ok: true as const }
  })
}
