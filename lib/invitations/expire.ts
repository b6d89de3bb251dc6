import "server-only"
import { recordAudit } from "@/lib/audit"
import { db } from "@/lib/db"

/**
 * Marks pending invitations past their expiry as EXPIRED, each with its audit event. Accepting checks the expiry
 * itself; this sweep keeps the lists and the activity log true. Rows a change of access holds right now are left
 * for the next sweep (SKIP LOCKED): the sweep never waits on, or deadlocks with, a change in progress.
 */
export async function expireInvitations(now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ accountId: string; email: string }[]>`
      UPDATE "Invitation" SET "status" = 'EXPIRED', "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" IN (
        SELECT "id" FROM "Invitation" WHERE "status" = 'PENDING' AND "expiresAt" <= ${now}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "accountId", "email"`
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
