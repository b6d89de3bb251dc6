import "server-only"
import { recordAudit, type AuditActor } from "@/lib/audit"
import type { Tx } from "@/lib/db"

// A key dies with its creator's place in the account: when their membership ends (deleted, left), their keys there
// are revoked, so an invitation back does not bring them back to life.

export async function revokeKeysOf(tx: Tx, { accountId, creatorId, creatorEmail, by }: { accountId: string; creatorId: string; creatorEmail: string; by: AuditActor }): Promise<void> {
  const revoked = await tx.apiKey.updateManyAndReturn({
    where: { accountId, createdById: creatorId, revokedAt: null },
    data: { revokedAt: new Date() },
    select: { id: true, name: true },
  })
  for (const key of revoked) await withdrawInvitationsSentWith(tx, accountId, key.id, by)
  await recordAudit(tx, ...revoked.map((key) => ({ accountId, ...by, action: "API_KEY_REVOKED" as const, targetEmail: creatorEmail, details: { name: key.name } })))
}

/** Withdraws the invitations still waiting that were sent through a revoked key: a leaked key's invitations die with it. */
export async function withdrawInvitationsSentWith(tx: Tx, accountId: string, keyId: string, by: AuditActor): Promise<void> {
  const withdrawn = await tx.invitation.updateManyAndReturn({
    where: { accountId, apiKeyId: keyId, status: "PENDING" },
    data: { status: "REVOKED", respondedAt: new Date() },
    select: { email: true, roles: true },
  })
  await recordAudit(tx, ...withdrawn.map((invitation) => ({ accountId, ...by, action: "INVITATION_REVOKED" as const, targetEmail: invitation.email, details: { roles: invitation.roles } })))
}
