import "server-only"
import { db } from "@/lib/db"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"
import { canOpen, moduleForPath, ROLE_LABELS, type Grant, type ModuleDefinition } from "@/lib/modules"

export type AccountAccess = {
  accountId: string
  accountName: string
  grant: Grant
  status: MembershipStatus
}

type AccessRow = { name: string; ownerId: string; roles: Role[] | null; status: MembershipStatus | null }

/**
 * What a user may do in an account, read fresh from the database in one round trip (never from the session
 * token, so a change applies on the very next request). Null when they have no access at all.
 */
export async function findAccess(userId: string, accountId: string): Promise<AccountAccess | null> {
  if (!isUuid(accountId)) return null
  const rows = await db.$queryRaw<AccessRow[]>`
    SELECT a."name", a."ownerId", m."roles"::text[] AS "roles", m."status"::text AS "status"
    FROM "Account" a
    LEFT JOIN "Membership" m ON m."accountId" = a."id" AND m."userId" = ${userId}::uuid
    WHERE a."id" = ${accountId}::uuid`
  const row = rows[0]
  if (!row) return null
  if (row.ownerId === userId) return { accountId, accountName: row.name, grant: { isOwner: true }, status: "ACTIVE" }
  if (!row.status || !row.roles) return null
  return { accountId, accountName: row.name, grant: { isOwner: false, roles: row.roles }, status: row.status }
}

export type AccessDecision =
  | { kind: "allow"; access: AccountAccess }
  | { kind: "not-found" }
  | { kind: "deactivated"; access: AccountAccess }
  | { kind: "forbidden"; access: AccountAccess; module: ModuleDefinition }

/** The rule for a request to /accounts/{accountId}/{subPath}; paths outside the module table are left to routing. */
export function decide(access: AccountAccess | null, subPath: string): AccessDecision {
  if (!access) return { kind: "not-found" }
  if (access.status === "DISABLED") return { kind: "deactivated", access }
  const module = moduleForPath(subPath)
  if (module && !canOpen(access.grant, module)) return { kind: "forbidden", access, module }
  return { kind: "allow", access }
}

export function forbiddenMessage(module: ModuleDefinition): string {
  return `${module.label} is open to members with the ${ROLE_LABELS[module.grantedBy]} role (and to the account's owner). Ask the owner or an Admin of this account for access.`
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export function isUuid(value: string): boolean {
  return UUID.test(value)
}
