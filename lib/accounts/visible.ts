import "server-only"
import { db } from "@/lib/db"
import { Prisma } from "@/lib/generated/prisma/client"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"

/** `twoFactorRequired`: the account requires two-factor authentication, which this person has not turned on. */
export type VisibleAccount = { id: string; name: string; isOwner: boolean; roles: Role[]; status: MembershipStatus; twoFactorRequired: boolean }

/** How many accounts the account menu lists at once; a person who sees more searches them by name. */
export const MENU_ACCOUNTS_SHOWN = 50

type Row = VisibleAccount & { total: number }

/**
 * The accounts a person can see, for the account menu: the ones they own, then their memberships (deactivated
 * ones included, deleted ones gone), most recently opened first; the first MENU_ACCOUNTS_SHOWN, with how many
 * there are in all. With `search`, only those whose name contains it, in the same order. One query.
 */
export async function listVisibleAccounts(userId: string, search = ""): Promise<{ accounts: VisibleAccount[]; total: number }> {
  const rows = search ? await matchingAccounts(userId, search) : await recentAccounts(userId)
  return { accounts: rows.map(({ total: _total, ...account }) => account), total: rows[0]?.total ?? 0 }
}

// Reads only the first memberships, in the order of the index on (userId, lastOpenedAt DESC, accountId), however
// many the person has; the total is counted from the indexes.
function recentAccounts(userId: string) {
  return db.$queryRaw<Row[]>`
    SELECT "id", "name", "isOwner", "roles", "status", "requireTwoFactor" AND ${withoutTwoFactor(userId)} AS "twoFactorRequired",
      ((SELECT count(*) FROM "Account" WHERE "ownerId" = ${userId}::uuid)
        + (SELECT count(*) FROM "Membership" WHERE "userId" = ${userId}::uuid))::int AS "total"
    FROM (
      (SELECT a."id", a."name", true AS "isOwner", ARRAY[]::text[] AS "roles", 'ACTIVE' AS "status", NULL::timestamp AS "lastOpenedAt", a."requireTwoFactor"
       FROM "Account" a WHERE a."ownerId" = ${userId}::uuid ORDER BY a."id" LIMIT ${MENU_ACCOUNTS_SHOWN})
      UNION ALL
      (SELECT m."accountId", (SELECT a."name" FROM "Account" a WHERE a."id" = m."accountId"), false, m."roles"::text[], m."status"::text, m."lastOpenedAt",
         (SELECT a."requireTwoFactor" FROM "Account" a WHERE a."id" = m."accountId")
       FROM "Membership" m WHERE m."userId" = ${userId}::uuid ORDER BY m."lastOpenedAt" DESC, m."accountId" LIMIT ${MENU_ACCOUNTS_SHOWN})
    ) AS visible
    ORDER BY "isOwner" DESC, "lastOpenedAt" DESC NULLS LAST, "id"
    LIMIT ${MENU_ACCOUNTS_SHOWN}`
}

// A search needs every name the person can see: they are gathered first (materialized, so the filter is not
// pushed down to a scan of every account), then filtered, counted and ordered as above.
function matchingAccounts(userId: string, search: string) {
  return db.$queryRaw<Row[]>`
    WITH visible AS MATERIALIZED (
      SELECT a."id", a."name", true AS "isOwner", ARRAY[]::text[] AS "roles", 'ACTIVE' AS "status", NULL::timestamp AS "lastOpenedAt", a."requireTwoFactor"
      FROM "Account" a WHERE a."ownerId" = ${userId}::uuid
      UNION ALL
      SELECT m."accountId", a."name", false, m."roles"::text[], m."status"::text, m."lastOpenedAt", a."requireTwoFactor"
      FROM "Membership" m JOIN "Account" a ON a."id" = m."accountId" WHERE m."userId" = ${userId}::uuid
    )
    SELECT "id", "name", "isOwner", "roles", "status", "requireTwoFactor" AND ${withoutTwoFactor(userId)} AS "twoFactorRequired", count(*) OVER ()::int AS "total"
    FROM visible WHERE strpos(lower("name"), lower(${search}::text)) > 0
    ORDER BY "isOwner" DESC, "lastOpenedAt" DESC NULLS LAST, "id"
    LIMIT ${MENU_ACCOUNTS_SHOWN}`
}

/** Whether the person has not turned on two-factor authentication (read once per statement). */
function withoutTwoFactor(userId: string) {
  return Prisma.sql`(SELECT u."twoFactorEnabledAt" IS NULL FROM "User" u WHERE u."id" = ${userId}::uuid)`
}
