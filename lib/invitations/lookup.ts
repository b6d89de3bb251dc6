import "server-only"
import { db } from "@/lib/db"
import type { Role } from "@/lib/generated/prisma/enums"
import { hashToken, looksLikeToken } from "@/lib/tokens"

export type InvitationState = "pending" | "expired" | "cancelled" | "declined" | "accepted" | "revoked"

export type InvitationView = {
  id: string
  state: InvitationState
  accountId: string
  accountName: string
  inviterName: string
  email: string
  roles: Role[]
  expiresAt: Date
}

/** The invitation a link points to, as its page shows it; null for a token that matches nothing. */
export async function findInvitationByToken(token: string, now = new Date()): Promise<InvitationView | null> {
  if (!looksLikeToken(token)) return null
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { account: { select: { name: true } }, invitedBy: { select: { name: true } } },
  })
  if (!invitation) return null
  return {
    id: invitation.id,
    state: stateOf(invitation.status, invitation.expiresAt, now),
    accountId: invitation.accountId,
    accountName: invitation.account.name,
    inviterName: invitation.invitedBy.name,
    email: invitation.email,
    roles: invitation.roles,
    expiresAt: invitation.expiresAt,
  }
}

/** A pending invitation past its expiry is expired, whether or not the sweep has marked it yet. */
export function stateOf(status: string, expiresAt: Date, now: Date): InvitationState {
  if (status === "PENDING") return expiresAt <= now ? "expired" : "pending"
  return status.toLowerCase() as InvitationState
}
