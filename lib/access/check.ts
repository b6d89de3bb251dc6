import "server-only"
import type { Viewer } from "@/lib/auth/session-cookie"
import { pool } from "@/lib/db"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"
import { canOpen, moduleForPath, type Grant, type ModuleDefinition } from "@/lib/modules"

export type AccountAccess = {
  accountId: string
  accountName: string
  grant: Grant
  status: MembershipStatus
  /** The account requires two-factor authentication and this person has not turned it on. */
  twoFactorMissing: boolean
}

/**
 * One row of the access check: the account (if it exists), the person's membership of it (if any), whether the
 * account requires two-factor authentication and whether the person has it.
 */
export type AccessRow = {
  name: string | null
  ownerId: string | null
  roles: Role[] | null
  status: MembershipStatus | null
  requireTwoFactor: boolean | null
  hasTwoFactor: boolean | null
}

/** The columns of an AccessRow, from the account `a`, the membership `m` and the person `u`. */
export const ACCESS_COLUMNS = `a."name", a."ownerId", m."roles"::text[] AS "roles", m."status"::text AS "status",
  a."requireTwoFactor", u."twoFactorEnabledAt" IS NOT NULL AS "hasTwoFactor"`

export function toAccess(userId: string, accountId: string, row: AccessRow | undefined): AccountAccess | null {
  if (!row?.name || !row.ownerId) return null
  const twoFactorMissing = Boolean(row.requireTwoFactor) && !row.hasTwoFactor
  if (row.ownerId === userId) return { accountId, accountName: row.name, grant: { isOwner: true }, status: "ACTIVE", twoFactorMissing }
  if (!row.status || !row.roles) return null
  return { accountId, accountName: row.name, grant: { isOwner: false, roles: row.roles }, status: row.status, twoFactorMissing }
}

// The access checks are the statements every request sends, so they go to the pool itself, not through Prisma's
// query layer. Unnamed on purpose: the embedded PGlite serves every connection from one session, where a named
// prepared statement would clash with itself, and so would a pooler in transaction mode.

/**
 * What a user may do in an account, read fresh from the database (never from the session token, so a change
 * applies on the very next request). Null when they have no access at all.
 */
export async function findAccess(userId: string, accountId: string): Promise<AccountAccess | null> {
  if (!isUuid(accountId)) return null
  const { rows } = await pool.query<AccessRow>({
    text: `SELECT ${ACCESS_COLUMNS}
      FROM "Account" a
      LEFT JOIN "Membership" m ON m."accountId" = a."id" AND m."userId" = $1::uuid
      LEFT JOIN "User" u ON u."id" = $1::uuid
      WHERE a."id" = $2::uuid`,
    values: [userId, accountId],
  })
  return toAccess(userId, accountId, rows[0])
}

/** Who is signed in, as the navigation names them, with the language and time zone their pages are shown in. */
export type Person = { name: string; email: string; locale: string | null; timeZone: string | null }
/** A live session's person and their access to the account asked about (null: none). */
export type SessionAccess = { person: Person; access: AccountAccess | null }

/**
 * The same, for a request: checks in the same single round trip that the cookie's session is still live
 * (signing out revokes it), and reads who it is. "signed-out" when it is not live.
 */
export async function findAccessForSession(viewer: Viewer, accountId: string): Promise<SessionAccess | "signed-out"> {
  const account = isUuid(accountId) ? accountId : null
  const { rows } = await pool.query<AccessRow & { personName: string | null; personEmail: string; personLocale: string | null; personTimeZone: string | null; sessionStale: boolean }>({
    text: `SELECT u."name" AS "personName", u."email" AS "personEmail", u."locale" AS "personLocale", u."timeZone" AS "personTimeZone",
        s."lastUsedAt" < (now() AT TIME ZONE 'UTC') - interval '1 minute' AS "sessionStale",
        ${ACCESS_COLUMNS}
      FROM (SELECT 1) AS request
      LEFT JOIN "Session" s ON s."id" = $1::uuid AND s."userId" = $2::uuid AND s."revokedAt" IS NULL
      LEFT JOIN "User" u ON u."id" = s."userId"
      LEFT JOIN "Account" a ON a."id" = $3::uuid
      LEFT JOIN "Membership" m ON m."accountId" = a."id" AND m."userId" = $2::uuid`,
    values: [viewer.sessionId, viewer.userId, account],
  })
  const row = rows[0]
  if (!row?.personName) return "signed-out"
  if (row.sessionStale) await markSessionUsed(viewer.sessionId)
  const person = { name: row.personName, email: row.personEmail, locale: row.personLocale, timeZone: row.personTimeZone }
  return { person, access: account ? toAccess(viewer.userId, account, row) : null }
}

/** The profile shows when each session was last used, to the minute: written at most once a minute per session. */
async function markSessionUsed(sessionId: string): Promise<void> {
  await pool.query({ text: `UPDATE "Session" SET "lastUsedAt" = now() AT TIME ZONE 'UTC' WHERE "id" = $1::uuid AND "lastUsedAt" < (now() AT TIME ZONE 'UTC') - interval '1 minute'`, values: [sessionId] })
}

/** Whether the cookie's session is still live (not signed out), by the same statement as every access check. */
export async function isSessionLive(viewer: Viewer): Promise<boolean> {
  return (await findAccessForSession(viewer, "")) !== "signed-out"
}

export type AccessDecision =
  | { kind: "allow"; access: AccountAccess }
  | { kind: "not-found" }
  | { kind: "deactivated"; access: AccountAccess }
  | { kind: "two-factor-required"; access: AccountAccess }
  | { kind: "forbidden"; access: AccountAccess; module: ModuleDefinition }

/**
 * What the person holds in the account if they may act in it at all (the owner, or an active member, with
 * two-factor authentication where the account requires it); else null.
 */
export function activeGrant(access: AccountAccess | null): Grant | null {
  return decide(access, "").kind === "allow" ? access!.grant : null
}

/** The rule for a request to /accounts/{accountId}/{subPath}; paths outside the module table are left to routing. */
export function decide(access: AccountAccess | null, subPath: string): AccessDecision {
  if (!access) return { kind: "not-found" }
  if (access.status === "DISABLED") return { kind: "deactivated", access }
  if (access.twoFactorMissing) return { kind: "two-factor-required", access }
  const module = moduleForPath(subPath)
  if (module && !canOpen(access.grant, module)) return { kind: "forbidden", access, module }
  return { kind: "allow", access }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export function isUuid(value: string): boolean {
  return UUID.test(value)
}
