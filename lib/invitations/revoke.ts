import "server-only"
import { recordAudit, type AuditActor } from "@/lib/audit"
import type { Tx } from "@/lib/db"
import { grantableRoles, type Grant } from "@/lib/modules"

type Revocation = {
  accountId: string
  /** The person whose access just changed: their pending invitations are checked. */
  senderId: string
  /** What they hold in the account now; null once they are disabled or gone. */
  senderGrant: Grant | null
  /** Who made the change. */
  by: AuditActor
}

/**
 * Withdraws the pending invitations a person sent that they could no longer send: all of them once they are
 * disabled or removed, those with a role they no longer hold after a role change. In the change's transaction,
 * after its account lock, so an accept cannot slip in between.
 */
export async function revokeInvitationsSentBy(tx: Tx, { accountId, senderId, senderGrant, by }: Revocation): Promise<void> {
  const grantable = grantableRoles(senderGrant)
  const revoked = await tx.$queryRaw<{ email: string; roles: string[] }[]>`
    UPDATE "Invitation" SET "status" = 'REVOKED', "respondedAt" = now() AT TIME ZONE 'UTC', "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE "accountId" = ${accountId}::uuid AND "invitedById" = ${senderId}::uuid AND "status" = 'PENDING'
      AND NOT ("roles" <@ ${grantable}::"Role"[])
    RETURNING "email", "roles"::text[] AS "roles"`
  await recordAudit(
    tx,
    ...revoked.map((invitation) => ({
      accountId,
      ...by,
      action: "INVITATION_REVOKED" as const,
      targetEmail: invitation.email,
      details: { roles: invitation.roles },
    })),
  )
}
