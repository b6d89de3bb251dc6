import "server-only"
import { db } from "@/lib/db"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"

export type VisibleAccount = { id: string; name: string; isOwner: boolean; roles: Role[]; status: MembershipStatus }

/**
 * Every account a person can see, for the account menu: the ones they own and the ones they are a member of
 * (deactivated memberships included, deleted ones gone), by name. One query.
 */
export async function listVisibleAccounts(userId: string): Promise<VisibleAccount[]> {
  return db.$queryRaw<VisibleAccount[]>`
    SELECT a."id", a."name", true AS "isOwner", ARRAY[]::text[] AS "roles", 'ACTIVE' AS "status"
    FROM "Account" a WHERE a."ownerId" = ${userId}::uuid
    UNION ALL
    SELECT a."id", a."name", false, m."roles"::text[], m."status"::text
    FROM "Membership" m JOIN "Account" a ON a."id" = m."accountId" WHERE m."userId" = ${userId}::uuid
    ORDER BY "name", "id"`
}
