import "server-only"
import type { Actor } from "@/lib/action-access"
import { recordAudit } from "@/lib/audit"
import { appUrl } from "@/lib/app-url"
import { db, type Tx } from "@/lib/db"
import type { Role } from "@/lib/generated/prisma/enums"
import { queueMail } from "@/lib/mail/outbox"
import { distinctRoles, ROLE_LABELS, roleLabelsNotHeld } from "@/lib/modules"
import { countUnlessLimitedIn, INVITATION_THROTTLE, throttleKeys } from "@/lib/rate-limit"
import { invitationExpiry } from "./policy"
import { newInvitationToken } from "./token"

export type SendInvitationInput = { actor: Actor; email: string; roles: Role[]; now?: Date }
export type SendInvitationResult =
  | { ok: true; invitationId: string; resent: boolean }
  | { ok: false; field: "email" | "roles" | "form"; message: string }

/**
 * Invites `email` (already normalised) to the actor's account with `roles`. Sending again to an email with a
 * pending invitation is a resend: a new token and a fresh lifetime, the old link stops working. Sends and resends
 * count towards the account's invitation throttle.
 */
export async function sendInvitation({ actor, email, roles: requested, now = new Date() }: SendInvitationInput): Promise<SendInvitationResult> {
  const roles = distinctRoles(requested)
  if (roles.length === 0) return { ok: false, field: "roles", message: "Choose at least one role." }
  const notHeld = roleLabelsNotHeld(actor.access.grant, roles)
  if (notHeld) return { ok: false, field: "roles", message: `You can only grant roles you hold yourself (not ${notHeld}).` }
  const accountId = actor.access.accountId

  return db.$transaction(async (tx) => {
    // One pending invitation per account+email: sends to the same account take turns. NO KEY UPDATE, because
    // accepts and cancels in flight insert rows referencing the account and must not wait for this send.
    await tx.$executeRaw`SELECT 1 FROM "Account" WHERE "id" = ${accountId}::uuid FOR NO KEY UPDATE`
    // Waits for an accept, decline or cancel of the pending invitation in flight, so the checks below see its outcome.
    const [pending] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Invitation"
      WHERE "accountId" = ${accountId}::uuid AND "email" = ${email} AND "status" = 'PENDING'
      FOR UPDATE`
    const refusal = await refusalFor(tx, accountId, actor.userId, email)
    if (refusal) return { ok: false as const, field: "email" as const, message: refusal }
    // Counted in this transaction: a send that fails later is not counted.
    const counted = await countUnlessLimitedIn(tx, [throttleKeys.invitationsOfAccount(accountId)], INVITATION_THROTTLE.limit, now)
    if (!counted) return { ok: false as const, field: "form" as const, message: INVITATION_THROTTLE.message }

    const { token, tokenHash } = newInvitationToken()
    const expiresAt = invitationExpiry(now)
    const invitation = pending
      ? await tx.invitation.update({
          where: { id: pending.id },
          data: { tokenHash, roles, expiresAt, invitedById: actor.userId },
          include: { account: true, invitedBy: true },
        })
      : await tx.invitation.create({
          data: { accountId, email, roles, tokenHash, expiresAt, invitedById: actor.userId, createdAt: now },
          include: { account: true, invitedBy: true },
        })

    await queueMail(tx, {
      to: email,
      template: "invitation",
      invitationId: invitation.id,
      data: {
        accountName: invitation.account.name,
        inviterName: invitation.invitedBy.name,
        inviterEmail: invitation.invitedBy.email,
        roles: roles.map((role) => ROLE_LABELS[role]),
        acceptUrl: appUrl(`/invitations/${token}`),
        expiresAt: expiresAt.toISOString(),
      },
    })
    await recordAudit(tx, {
      accountId,
      actorId: actor.userId,
      action: pending ? "INVITATION_RESENT" : "INVITATION_SENT",
      targetEmail: email,
      details: { roles },
    })
    return { ok: true as const, invitationId: invitation.id, resent: Boolean(pending) }
  })
}

/** Why `email` cannot be invited to the account, in words for the form; null when it can. */
async function refusalFor(tx: Tx, accountId: string, actorId: string, email: string): Promise<string | null> {
  const actor = await tx.user.findUniqueOrThrow({ where: { id: actorId }, select: { email: true } })
  if (actor.email === email) return "You cannot invite yourself."
  const account = await tx.account.findUniqueOrThrow({ where: { id: accountId }, select: { owner: { select: { email: true } } } })
  if (account.owner.email === email) return `${email} owns this account.`
  const member = await tx.membership.findFirst({ where: { accountId, user: { email } }, select: { status: true } })
  if (member?.status === "DISABLED") return `${email} is already a member of this account (deactivated). Enable them instead.`
  if (member) return `${email} is already a member of this account.`
  return null
}
