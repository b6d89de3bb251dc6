import "server-only"
import { db } from "@/lib/db"
import { Prisma } from "@/lib/generated/prisma/client"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"

export type VisibleAccount = { id: string; name: string; isOwner: boolean; roles: Role[]; status: MembershipStatus }

/** How many accounts the account menu lists at once; a person who sees more searches them by name. */
export const MENU_ACCOUNTS_SHOWN = 50

/**
 * The accounts a person can see whose name contains `search` (all when empty), for the account menu: the ones
 * they own and the ones they are a member of (deactivated memberships included, deleted ones gone), the first
 * MENU_ACCOUNTS_SHOWN by name, with how many match in all. One query.
 */
export async function listVisibleAccounts(userId: string, search = ""): Promise<{ accounts: VisibleAccount[]; total: number }> {
  // Materialized, so a search filters this person's few rows rather than being pushed down to every account; the
  // account names come by primary key (a subquery per membership), not by scanning the accounts to hash them.
  const matching = search ? Prisma.sql`WHERE strpos(lower("name"), lower(${search}::text)) > 0` : Prisma.empty
  const rows = await db.$queryRaw<(VisibleAccount & { total: number })[]>`
    WITH visible AS MATERIALIZED (
      SELECT a."id", a."name", true AS "isOwner", ARRAY[]::text[] AS "roles", 'ACTIVE' AS "status"
      FROM "Account" a WHERE a."ownerId" = ${userId}::uuid
      UNION ALL
      SELECT m."accountId", (SELECT a."name" FROM "Account" a WHERE a."id" = m."accountId"), false, m."roles"::text[], m."status"::text
      FROM "Membership" m WHERE m."userId" = ${userId}::uuid
    )
    SELECT *, count(*) OVER ()::int AS "total" FROM visible ${matching}
    ORDER BY "name", "id"
    LIMIT ${MENU_ACCOUNTS_SHOWN}`
  return { accounts: rows.map(({ total: _total, ...account }) => account), total: rows[0]?.total ?? 0 }
}
