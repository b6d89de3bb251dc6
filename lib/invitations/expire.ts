import "server-only"
import { recordAudit } from "@/lib/audit"
import { db } from "@/lib/db"

/**
 * Marks pending invitations past their expiry as EXPIRED, each with its audit event. Accepting checks the expiry
 * itself; this sweep keeps the lists and the activity log true.
 */
export async function expireInvitations(now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const expired = await tx.invitation.updateManyAndReturn({
      where: { status: "PENDING", expiresAt: { lte: now } },
      data: { status: "EXPIRED" },
      select: { accountId: true, email: true },
    })
    await recordAudit(
      tx,
      ...expired.map((invitation) => ({
        accountId: invitation.accountId,
        actorId: null,
        action: "INVITATION_EXPIRED" as const,
        targetEmail: invitation.email,
      })),
    )
    return expired.length
  })
}
