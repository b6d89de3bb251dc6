import "server-only"
import type { Actor } from "@/lib/actions/authorize"
import { lockAccountAccess } from "@/lib/accounts/lock"
import { appUrl } from "@/lib/app-url"
import { recordAudit } from "@/lib/audit"
import { db, type Tx } from "@/lib/db"
import { queueMail } from "@/lib/mail/outbox"
import { ROLES } from "@/lib/modules"
import { countUnlessLimitedIn, EMAIL_LINK_THROTTLE, throttleKeys } from "@/lib/rate-limit"
import { hashToken, looksLikeToken, newToken } from "@/lib/tokens"
import { TRANSFER_LIFETIME_MS } from "./policy"

// The owner hands the account to one of its active members, who accepts through a mailed link: the only way the
// Owner role ever moves. Every step takes the account's access lock (lib/accounts/lock.ts), so a transfer and any
// other change of access in the account (a removal, a role edit) happen one after the other.

/** Why a step was refused, as a key of the `ownershipTransfer.refusals` messages; `name` is the member's. */
export type TransferRefusalReason =
  | "only-owner"
  | "not-a-member"
  | "deactivated"
  | "no-two-factor"
  | "throttled"
  | "nothing-waiting"
  | "closed"
  | "someone-else"
  | "you-left"
  | "you-deactivated"
  | "you-no-two-factor"
type Refusal = { ok: false; reason: TransferRefusalReason; name?: string }
const ONLY_THE_OWNER: Refusal = { ok: false, reason: "only-owner" }

/** The transfer waiting for an answer in an account, if any, as Settings → Accounts shows it. */
export async function pendingTransfer(accountId: string, now = new Date()) {
  const transfer = await db.ownershipTransfer.findFirst({
    where: { accountId, status: "PENDING", expiresAt: { gt: now } },
    select: { id: true, expiresAt: true, to: { select: { name: true, email: true } } },
  })
  return transfer ? { id: transfer.id, expiresAt: transfer.expiresAt, toName: transfer.to.name, toEmail: transfer.to.email } : null
}

/** The members who could receive the account: active, and with two-factor where the account requires it. */
export async function transferCandidates(accountId: string) {
  const account = await db.account.findUniqueOrThrow({ where: { id: accountId }, select: { requireTwoFactor: true } })
  const members = await db.membership.findMany({
    where: { accountId, status: "ACTIVE", ...(account.requireTwoFactor ? { user: { twoFactorEnabledAt: { not: null } } } : {}) },
    select: { id: true, user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
    take: 500,
  })
  return members.map((member) => ({ membershipId: member.id, name: member.user.name, email: member.user.email }))
}

type Candidate = { status: string; twoFactorEnabledAt: Date | null }

/** Why a member cannot receive the account now (deactivated, or without the two-factor it requires), or null. */
function ineligibility(member: Candidate, requireTwoFactor: boolean): "deactivated" | "no-two-factor" | null {
  if (member.status !== "ACTIVE") return "deactivated"
  if (requireTwoFactor && !member.twoFactorEnabledAt) return "no-two-factor"
  return null
}

/**
 * Offers the account to a member (the owner's password already checked by the caller): a mail with a link, a new
 * transfer replacing any that was waiting.
 */
export async function offerTransfer(actor: Actor, membershipId: string, now = new Date()): Promise<{ ok: true; name: string } | Refusal> {
  if (!actor.access.grant.isOwner) return ONLY_THE_OWNER
  const accountId = actor.access.accountId
  return db.$transaction(async (tx) => {
    await lockAccountAccess(tx, accountId, actor.userId)
    const account = await tx.account.findUnique({ where: { id: accountId }, select: { name: true, ownerId: true, requireTwoFactor: true, owner: { select: { name: true } } } })
    if (account?.ownerId !== actor.userId) return ONLY_THE_OWNER
    const member = await tx.membership.findFirst({
      where: { id: membershipId, accountId },
      select: { status: true, user: { select: { id: true, name: true, email: true, twoFactorEnabledAt: true } } },
    })
    if (!member) return { ok: false as const, reason: "not-a-member" as const }
    const why = ineligibility({ status: member.status, twoFactorEnabledAt: member.user.twoFactorEnabledAt }, account.requireTwoFactor)
    if (why) return { ok: false as const, reason: why, name: member.user.name }
    // At most 3 links an hour reach one address, as for every link we mail.
    if (!(await countUnlessLimitedIn(tx, [{ key: throttleKeys.emailLinks(member.user.email), limit: EMAIL_LINK_THROTTLE.limit }], now)).ok) {
      return { ok: false as const, reason: "throttled" as const, name: member.user.name }
    }
    await tx.ownershipTransfer.updateMany({ where: { accountId, status: "PENDING" }, data: { status: "REPLACED", respondedAt: now } })
    const { token, tokenHash } = newToken()
    const expiresAt = new Date(now.getTime() + TRANSFER_LIFETIME_MS)
    await tx.ownershipTransfer.create({ data: { accountId, fromUserId: actor.userId, toUserId: member.user.id, tokenHash, expiresAt } })
    await queueMail(tx, {
      to: member.user.email,
      template: "ownership-offered",
      data: { accountName: account.name, ownerName: account.owner.name, acceptUrl: appUrl(`/ownership-transfers/${token}`), expiresAt: expiresAt.toISOString() },
    })
    await recordAudit(tx, { accountId, actorId: actor.userId, action: "OWNERSHIP_TRANSFER_OFFERED", targetEmail: member.user.email })
    return { ok: true as const, name: member.user.name }
  })
}

/** The owner withdraws the waiting transfer: its link stops working. */
export async function cancelTransfer(actor: Actor, now = new Date()): Promise<{ ok: true; name: string } | Refusal> {
  if (!actor.access.grant.isOwner) return ONLY_THE_OWNER
  const accountId = actor.access.accountId
  return db.$transaction(async (tx) => {
    await lockAccountAccess(tx, accountId, actor.userId)
    const cancelled = await tx.ownershipTransfer.updateManyAndReturn({
      where: { accountId, fromUserId: actor.userId, status: "PENDING" },
      data: { status: "CANCELLED", respondedAt: now },
      select: { to: { select: { name: true, email: true } } },
    })
    const transfer = cancelled[0]
    if (!transfer) return { ok: false as const, reason: "nothing-waiting" as const }
    await recordAudit(tx, { accountId, actorId: actor.userId, action: "OWNERSHIP_TRANSFER_CANCELLED", targetEmail: transfer.to.email })
    return { ok: true as const, name: transfer.to.name }
  })
}

/** Ends the waiting transfers to a person whose access to the account ends (in the change's transaction). */
export async function cancelTransfersTo(tx: Tx, accountId: string, userId: string, now = new Date()): Promise<void> {
  await tx.ownershipTransfer.updateMany({ where: { accountId, toUserId: userId, status: "PENDING" }, data: { status: "CANCELLED", respondedAt: now } })
}

export type TransferState = "pending" | "expired" | "accepted" | "cancelled" | "replaced"
export type TransferView = { state: TransferState; accountId: string; accountName: string; fromName: string; toUserId: string; toEmail: string; expiresAt: Date }

function stateOf(status: string, expiresAt: Date, now: Date): TransferState {
  if (status === "PENDING") return expiresAt <= now ? "expired" : "pending"
  return status.toLowerCase() as TransferState
}

/** The transfer a link points to, as its page shows it; null for a token that matches nothing. */
export async function findTransferByToken(token: string, now = new Date()): Promise<TransferView | null> {
  if (!looksLikeToken(token)) return null
  const transfer = await db.ownershipTransfer.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { status: true, expiresAt: true, accountId: true, toUserId: true, account: { select: { name: true } }, from: { select: { name: true } }, to: { select: { email: true } } },
  })
  if (!transfer) return null
  return {
    state: stateOf(transfer.status, transfer.expiresAt, now),
    accountId: transfer.accountId,
    accountName: transfer.account.name,
    fromName: transfer.from.name,
    toUserId: transfer.toUserId,
    toEmail: transfer.to.email,
    expiresAt: transfer.expiresAt,
  }
}

export type AcceptOutcome = { ok: true; accountId: string; accountName: string } | Refusal

const CLOSED: Refusal = { ok: false, reason: "closed" }

/**
 * Accept ownership, by the member it was offered to, once: in one transaction they become the owner and the former
 * owner a member holding every role. Re-checked under the account's lock: the link still open, the owner the one
 * who offered it, the member still active (with two-factor where required).
 */
export async function acceptTransfer(token: string, userId: string, now = new Date()): Promise<AcceptOutcome> {
  if (!looksLikeToken(token)) return CLOSED
  const tokenHash = hashToken(token)
  return db.$transaction(async (tx) => {
    const found = await tx.ownershipTransfer.findUnique({ where: { tokenHash }, select: { accountId: true } })
    if (!found) return CLOSED
    await lockAccountAccess(tx, found.accountId, userId)
    const [transfer] = await tx.$queryRaw<{ id: string; accountId: string; fromUserId: string; toUserId: string; status: string; expiresAt: Date }[]>`
      SELECT "id", "accountId", "fromUserId", "toUserId", "status"::text AS "status", "expiresAt"
      FROM "OwnershipTransfer" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`
    if (!transfer || stateOf(transfer.status, transfer.expiresAt, now) !== "pending") return CLOSED
    if (transfer.toUserId !== userId) return { ok: false as const, reason: "someone-else" as const }
    const account = await tx.account.findUniqueOrThrow({ where: { id: transfer.accountId }, select: { name: true, ownerId: true, requireTwoFactor: true } })
    if (account.ownerId !== transfer.fromUserId) return CLOSED
    // The new owner's row under a share lock: they cannot turn their two-factor off meanwhile (lib/two-factor/personal.ts).
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId}::uuid FOR SHARE`
    const membership = await tx.membership.findUnique({
      where: { accountId_userId: { accountId: transfer.accountId, userId } },
      select: { id: true, status: true, user: { select: { name: true, email: true, twoFactorEnabledAt: true } } },
    })
    if (!membership) return { ok: false as const, reason: "you-left" as const }
    const why = ineligibility({ status: membership.status, twoFactorEnabledAt: membership.user.twoFactorEnabledAt }, account.requireTwoFactor)
    if (why) return { ok: false as const, reason: why === "deactivated" ? ("you-deactivated" as const) : ("you-no-two-factor" as const) }
    const former = await tx.user.findUniqueOrThrow({ where: { id: transfer.fromUserId }, select: { name: true, email: true } })

    await tx.membership.delete({ where: { id: membership.id } })
    await tx.account.update({ where: { id: transfer.accountId }, data: { ownerId: userId } })
    await tx.membership.create({ data: { accountId: transfer.accountId, userId: transfer.fromUserId, roles: [...ROLES], status: "ACTIVE", statusChangedAt: now } })
    await tx.ownershipTransfer.update({ where: { id: transfer.id }, data: { status: "ACCEPTED", respondedAt: now } })
    await recordAudit(tx, { accountId: transfer.accountId, actorId: userId, action: "OWNERSHIP_TRANSFERRED", targetEmail: membership.user.email, details: { from: former.email } })
    const usersUrl = appUrl(`/accounts/${transfer.accountId}/settings/users`)
    const mail = { accountName: account.name, newOwnerName: membership.user.name, formerOwnerName: former.name, usersUrl }
    await queueMail(tx, { to: membership.user.email, template: "ownership-transferred", data: { ...mail, to: "new-owner" } })
    await queueMail(tx, { to: former.email, template: "ownership-transferred", data: { ...mail, to: "former-owner" } })
    return { ok: true as const, accountId: transfer.accountId, accountName: account.name }
  })
}
