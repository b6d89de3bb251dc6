import "server-only"
import { db } from "@/lib/db"
import { recordSecurityEvent, type RequestOrigin } from "@/lib/identity/security-events"
import { queueMail } from "@/lib/mail/outbox"
import type { TwoFactorChange } from "@/lib/mail/emails/two-factor-changed"
import type { Tx } from "@/lib/db"
import { endSessionsIn } from "@/lib/identity/sessions"
import { newRecoveryCodes, recoveryCodeHash } from "./recovery-codes"
import { open, seal } from "@/lib/secret-box"
import { newSecret, normalizeCode, setupUri, stepOfCode } from "./totp"

// A person's own two-factor authentication, from the profile: set up, turn on with a first code, turn off, new
// recovery codes. Each change is recorded as security activity and mailed to the person.

export type TwoFactorPerson = { id: string; name: string; email: string }
/** Why a change was refused, as a key of the `twoFactor.refusals` messages; `accounts`, those that still require it. */
export type PersonalRefusalReason = "already-on" | "already-off" | "enter-code" | "start-again" | "wrong-first-code" | "still-required"
type Refusal = { ok: false; reason: PersonalRefusalReason; accounts?: string[] }

const ALREADY_ON: Refusal = { ok: false, reason: "already-on" }

/** Set up: a new secret for the authenticator app, kept aside (encrypted) until a first code confirms it. */
export async function startSetup(person: TwoFactorPerson): Promise<{ ok: true; secret: string; uri: string } | Refusal> {
  const secret = newSecret()
  const { count } = await db.user.updateMany({ where: { id: person.id, twoFactorEnabledAt: null }, data: { twoFactorPendingSecret: seal(secret, person.id) } })
  if (count === 0) return ALREADY_ON
  return { ok: true, secret, uri: setupUri(secret, person.email) }
}

/**
 * Turn on (the password already checked by the caller): a first code from the app proves it holds the secret; ten
 * recovery codes, shown this once. Every other session ends: none of them gave a code, and none may pass for one
 * that did in an account that requires it.
 */
export async function turnOn(
  person: TwoFactorPerson,
  typedCode: string,
  currentSessionId: string,
  origin: RequestOrigin,
  now = new Date(),
): Promise<{ ok: true; recoveryCodes: string[]; sessionsEnded: number } | Refusal> {
  const code = normalizeCode(typedCode)
  if (!code) return { ok: false, reason: "enter-code" }
  const user = await db.user.findUnique({ where: { id: person.id }, select: { twoFactorEnabledAt: true, twoFactorPendingSecret: true } })
  if (user?.twoFactorEnabledAt) return ALREADY_ON
  const pending = user?.twoFactorPendingSecret
  if (!pending) return { ok: false, reason: "start-again" }
  const step = stepOfCode(open(pending, person.id), code, now.getTime())
  if (step === null) return { ok: false, reason: "wrong-first-code" }
  return db.$transaction(async (tx) => {
    // Only the secret that was shown, and only once (a second Set up or a racing Turn on changes nothing).
    const { count } = await tx.user.updateMany({
      where: { id: person.id, twoFactorEnabledAt: null, twoFactorPendingSecret: pending },
      data: { twoFactorSecret: pending, twoFactorPendingSecret: null, twoFactorEnabledAt: now, twoFactorLastStep: step },
    })
    if (count === 0) return ALREADY_ON
    const recoveryCodes = await replaceRecoveryCodes(tx, person.id)
    const sessionsEnded = await endSessionsIn(tx, person.id, currentSessionId, now)
    await recorded(tx, person, "enabled", origin, now)
    return { ok: true as const, recoveryCodes, sessionsEnded }
  })
}

/** The accounts a person owns that require two-factor: they keep theirs on while the requirement stands. */
export async function ownedAccountsRequiringTwoFactor(userId: string): Promise<string[]> {
  const owned = await db.account.findMany({ where: { ownerId: userId, requireTwoFactor: true }, select: { name: true }, orderBy: { name: "asc" } })
  return owned.map((account) => account.name)
}

/** The accounts a person belongs to (as an active member) that require two-factor: turning it off locks them out. */
export async function accountsRequiringTwoFactor(userId: string): Promise<{ id: string; name: string }[]> {
  return db.account.findMany({
    where: { requireTwoFactor: true, memberships: { some: { userId, status: "ACTIVE" } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  })
}

/**
 * Turn off (the password and a current code already checked by the caller): the secret and recovery codes are
 * deleted. Refused for the owner of an account that requires two-factor; the person's row is locked first, so this
 * and the owner requiring it (which reads that row under lock) happen one after the other.
 */
export async function turnOff(person: TwoFactorPerson, origin: RequestOrigin, now = new Date()): Promise<{ ok: true; lockedOut: string[] } | Refusal> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${person.id}::uuid FOR UPDATE`
    const owned = await tx.account.findMany({ where: { ownerId: person.id, requireTwoFactor: true }, select: { name: true }, orderBy: { name: "asc" } })
    if (owned.length > 0) return { ok: false as const, reason: "still-required" as const, accounts: owned.map((account) => account.name) }
    const { count } = await tx.user.updateMany({
      where: { id: person.id, twoFactorEnabledAt: { not: null } },
      data: { twoFactorSecret: null, twoFactorPendingSecret: null, twoFactorEnabledAt: null, twoFactorLastStep: null },
    })
    if (count === 0) return { ok: false as const, reason: "already-off" as const }
    await tx.recoveryCode.deleteMany({ where: { userId: person.id } })
    await tx.signInChallenge.deleteMany({ where: { userId: person.id } })
    const lockedOut = await tx.account.findMany({
      where: { requireTwoFactor: true, memberships: { some: { userId: person.id, status: "ACTIVE" } } },
      select: { name: true },
      orderBy: { name: "asc" },
    })
    await recorded(tx, person, "disabled", origin, now)
    return { ok: true as const, lockedOut: lockedOut.map((account) => account.name) }
  })
}

/**
 * New recovery codes, in the transaction that proves the second factor (the password already checked by the
 * caller): the old ones stop working.
 */
export async function regenerateRecoveryCodesIn(tx: Tx, person: TwoFactorPerson, origin: RequestOrigin, now = new Date()): Promise<string[]> {
  const recoveryCodes = await replaceRecoveryCodes(tx, person.id)
  await recorded(tx, person, "recovery-codes-regenerated", origin, now)
  return recoveryCodes
}

async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes()
  await tx.recoveryCode.deleteMany({ where: { userId } })
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: recoveryCodeHash(userId, code)! })) })
  return codes
}

const SECURITY_ACTIONS = { enabled: "TWO_FACTOR_ENABLED", disabled: "TWO_FACTOR_DISABLED", "recovery-codes-regenerated": "RECOVERY_CODES_REGENERATED" } as const

async function recorded(tx: Tx, person: TwoFactorPerson, change: TwoFactorChange, origin: RequestOrigin, now: Date): Promise<void> {
  await recordSecurityEvent(tx, person.id, SECURITY_ACTIONS[change], origin)
  await queueMail(tx, { to: person.email, template: "two-factor-changed", data: { name: person.name, change, at: now.toISOString(), ip: origin.ip } })
}

export type TwoFactorStatus = { on: false } | { on: true; since: Date; recoveryCodesLeft: number }

/** What the profile shows of a person's two-factor authentication. */
export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { twoFactorEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } } })
  if (!user?.twoFactorEnabledAt) return { on: false }
  return { on: true, since: user.twoFactorEnabledAt, recoveryCodesLeft: user._count.recoveryCodes }
}
