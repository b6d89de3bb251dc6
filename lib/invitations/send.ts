import "server-only"
import type { Refusal } from "@/lib/refusal"
import type { Actor } from "@/lib/actions/authorize"
import { madeBy, recordAudit } from "@/lib/audit"
import { lockForAccessChange } from "@/lib/accounts/lock"
import { appUrl } from "@/lib/app-url"
import { db, type Tx } from "@/lib/db"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"
import { queueMail } from "@/lib/mail/outbox"
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales"
import { distinctRoles, rolesNotHeld } from "@/lib/modules"
import { countUnlessLimitedIn, INVITATION_THROTTLE, INVITER_THROTTLE, throttleKeys } from "@/lib/rate-limit"
import { invitationExpiry, OPEN_STATUSES } from "./policy"
import { newToken } from "@/lib/tokens"
import { CHOOSE_A_ROLE } from "@/lib/fields"
import { errorKey } from "@/lib/i18n/error-keys"

/** `locale`: the language of the mail and page for someone without a Hitflow user yet; by default the inviter's. */
export type SendInvitationInput = { actor: Actor; email: string; roles: Role[]; locale?: Locale; now?: Date }
export type SendInvitationResult =
  | { ok: true; invitationId: string; resent: boolean }
  | (Refusal & { field: "email" | "roles" | "form" })

/**
 * Invites `email` (already normalised) to the actor's account with `roles`. Sending again to an email with an open
 * invitation (waiting, or expired) is a resend: a new token and a fresh lifetime, the old link stops working. Only a person whose
 * own email is confirmed may invite. Sends and resends count towards the account's and the inviter's throttles.
 */
export async function sendInvitation({ actor, email, roles: requested, locale: chosen, now = new Date() }: SendInvitationInput): Promise<SendInvitationResult> {
  const roles = distinctRoles(requested)
  if (roles.length === 0) return { ok: false, kind: "invalid", field: "roles", message: CHOOSE_A_ROLE }
  const accountId = actor.access.accountId

  return db.$transaction(async (tx) => {
    // One pending invitation per account+email: sends to the same account take turns, and the inviter's right to
    // invite is judged as it stands under the lock.
    const locked = await lockForAccessChange(tx, actor)
    if (!locked.ok) return { ...locked, field: "form" as const }
    const notHeld = rolesNotHeld(locked.grant, roles)
    if (notHeld.length > 0) return { ok: false as const, kind: "forbidden" as const, field: "roles" as const, message: errorKey("rolesNotHeld", { roles: notHeld.join(",") }) }
    // The email's open invitation (waiting or expired), to send again rather than beside a new one. Waits for an
    // accept, decline or cancel of it in flight, so the checks below see its outcome.
    const [pending] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Invitation"
      WHERE "accountId" = ${accountId}::uuid AND "email" = ${email} AND "status"::text = ANY(${[...OPEN_STATUSES]})
      ORDER BY "createdAt" DESC LIMIT 1
      FOR UPDATE`
    const facts = await inviteFacts(tx, accountId, actor.userId, email)
    if (!facts.actorEmailConfirmed) return { ok: false as const, kind: "forbidden" as const, field: "form" as const, message: UNCONFIRMED_INVITER }
    const refusal = refusalFor(facts, email)
    if (refusal) return { ok: false as const, kind: "conflict" as const, field: "email" as const, message: refusal }
    // Counted in this transaction: a send that fails later is not counted.
    const throttled = await throttleFor(tx, accountId, actor.userId, now)
    if (throttled) return { ok: false as const, kind: "throttled" as const, field: "form" as const, message: throttled }

    const { token, tokenHash } = newToken()
    const expiresAt = invitationExpiry(now)
    const locale = chosen ?? (isLocale(facts.actorLocale) ? facts.actorLocale : DEFAULT_LOCALE)
    const invitation = pending
      ? await tx.invitation.update({ where: { id: pending.id }, data: { status: "PENDING", tokenHash, roles, locale, expiresAt, invitedById: actor.userId, apiKeyId: actor.apiKey?.id ?? null }, select: { id: true } })
      : await tx.invitation.create({
          data: { accountId, email, roles, locale, tokenHash, expiresAt, invitedById: actor.userId, apiKeyId: actor.apiKey?.id ?? null, createdAt: now },
          select: { id: true },
        })

    await queueMail(tx, {
      to: email,
      template: "invitation",
      invitationId: invitation.id,
      // Someone new reads it in the invitation's language, their dates in the inviter's zone; a person, as they chose.
      fallback: { locale, timeZone: facts.actorTimeZone ?? undefined },
      data: {
        accountName: facts.accountName,
        inviterName: facts.actorName,
        inviterEmail: facts.actorEmail,
        roles,
        acceptUrl: appUrl(`/invitations/${token}`),
        expiresAt: expiresAt.toISOString(),
      },
    })
    await recordAudit(tx, {
      accountId,
      ...madeBy(actor),
      action: pending ? "INVITATION_RESENT" : "INVITATION_SENT",
      targetEmail: email,
      details: { roles },
    })
    return { ok: true as const, invitationId: invitation.id, resent: Boolean(pending) }
  })
}

export const UNCONFIRMED_INVITER = errorKey("unconfirmedInviter")

/** Why the account or the inviter may not send another invitation now (null: counted, go on). */
async function throttleFor(tx: Tx, accountId: string, userId: string, now: Date): Promise<string | null> {
  const account = { key: throttleKeys.invitationsOfAccount(accountId), limit: INVITATION_THROTTLE.limit }
  const inviter = { key: throttleKeys.invitationsByPerson(userId), limit: INVITER_THROTTLE.limit }
  const counted = await countUnlessLimitedIn(tx, [account, inviter], now)
  if (counted.ok) return null
  return counted.atLimit.includes(account.key) ? INVITATION_THROTTLE.message : INVITER_THROTTLE.message
}

type InviteFacts = {
  accountName: string
  ownerEmail: string
  actorName: string
  actorEmail: string
  actorEmailConfirmed: boolean
  actorLocale: string | null
  actorTimeZone: string | null
  memberStatus: MembershipStatus | null
}

/** What the checks and the mail need to know about the account, the inviter and the invited email: one statement. */
async function inviteFacts(tx: Tx, accountId: string, actorId: string, email: string): Promise<InviteFacts> {
  const [facts] = await tx.$queryRaw<InviteFacts[]>`
    SELECT a."name" AS "accountName", o."email" AS "ownerEmail", actor."name" AS "actorName", actor."email" AS "actorEmail",
      actor."emailVerifiedAt" IS NOT NULL AS "actorEmailConfirmed", actor."locale" AS "actorLocale", actor."timeZone" AS "actorTimeZone",
      (SELECT m."status"::text FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
       WHERE m."accountId" = a."id" AND u."email" = ${email}) AS "memberStatus"
    FROM "Account" a
    JOIN "User" o ON o."id" = a."ownerId"
    JOIN "User" actor ON actor."id" = ${actorId}::uuid
    WHERE a."id" = ${accountId}::uuid`
  if (!facts) throw new Error(`No account ${accountId} or no user ${actorId}`)
  return facts
}

/** Why `email` cannot be invited to the account, in words for the form; null when it can. */
function refusalFor(facts: InviteFacts, email: string): string | null {
  if (facts.actorEmail === email) return errorKey("inviteYourself")
  if (facts.ownerEmail === email) return errorKey("ownsAccount", { email })
  if (facts.memberStatus === "DISABLED") return errorKey("alreadyMemberDeactivated", { email })
  if (facts.memberStatus) return errorKey("alreadyMember", { email })
  return null
}
