import "server-only"
import { db } from "@/lib/db"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"

// Settings → Users renders on every visit and after every change made there, so each list is one statement:
// a round trip through Prisma costs the server more than PostgreSQL's work for a page of rows.

export const MEMBERS_PAGE_SIZE = 25

type MemberRow = {
  ownerId: string
  ownerName: string
  ownerEmail: string
  ownerSince: Date
  ownerTwoFactor: boolean
  requireTwoFactor: boolean
  total: number
  id: string | null
  roles: Role[] | null
  status: MembershipStatus | null
  statusChangedAt: Date | null
  userId: string | null
  userName: string | null
  userEmail: string | null
  userTwoFactor: boolean | null
}

/** One page of an account's members (oldest first), with the owner and the total, for Settings → Users. */
export async function listMembers(accountId: string, page: number) {
  // The total is counted by an uncorrelated subquery (computed once); the page is joined to the account's single
  // row, so an account without members still answers its owner and total.
  const rows = await db.$queryRaw<MemberRow[]>`
    SELECT o."id" AS "ownerId", o."name" AS "ownerName", o."email" AS "ownerEmail", a."createdAt" AS "ownerSince",
      o."twoFactorEnabledAt" IS NOT NULL AS "ownerTwoFactor", a."requireTwoFactor",
      (SELECT count(*)::int FROM "Membership" WHERE "accountId" = ${accountId}::uuid) AS "total",
      m."id", m."roles"::text[] AS "roles", m."status"::text AS "status", m."statusChangedAt",
      u."id" AS "userId", u."name" AS "userName", u."email" AS "userEmail", u."twoFactorEnabledAt" IS NOT NULL AS "userTwoFactor"
    FROM "Account" a
    JOIN "User" o ON o."id" = a."ownerId"
    LEFT JOIN LATERAL (
      SELECT * FROM "Membership" WHERE "accountId" = a."id"
      ORDER BY "createdAt", "id" LIMIT ${MEMBERS_PAGE_SIZE} OFFSET ${(page - 1) * MEMBERS_PAGE_SIZE}
    ) m ON true
    LEFT JOIN "User" u ON u."id" = m."userId"
    WHERE a."id" = ${accountId}::uuid
    ORDER BY m."createdAt", m."id"`
  const first = rows[0]
  if (!first) throw new Error(`No account ${accountId}`)
  // The membership columns are all set, or all null in the one row of a page without members.
  const members = rows.flatMap((row) =>
    row.id
      ? [{ id: row.id, roles: row.roles!, status: row.status!, statusChangedAt: row.statusChangedAt!, user: { id: row.userId!, name: row.userName!, email: row.userEmail!, twoFactor: row.userTwoFactor! } }]
      : [],
  )
  return {
    owner: { id: first.ownerId, name: first.ownerName, email: first.ownerEmail, twoFactor: first.ownerTwoFactor },
    requireTwoFactor: first.requireTwoFactor,
    ownerSince: first.ownerSince,
    total: first.total,
    members,
    pageCount: Math.max(1, Math.ceil(first.total / MEMBERS_PAGE_SIZE)),
  }
}
