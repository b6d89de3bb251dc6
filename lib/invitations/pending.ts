import "server-only"
import { db } from "@/lib/db"
import type { MailStatus, Role } from "@/lib/generated/prisma/enums"

// Settings → Users shows them on every visit: one statement, like the members list (lib/members/list.ts).

export const INVITATIONS_SHOWN = 20

type PendingRow = {
  total: number
  id: string
  email: string
  roles: Role[]
  expiresAt: Date
  invitedByName: string
  lastMailStatus: MailStatus | null
}

/** The account's pending invitations, newest first (the first INVITATIONS_SHOWN), with their total. */
export async function listPendingInvitations(accountId: string, now = new Date()) {
  const rows = await db.$queryRaw<PendingRow[]>`
    SELECT
      (SELECT count(*)::int FROM "Invitation"
       WHERE "accountId" = ${accountId}::uuid AND "status" = 'PENDING' AND "expiresAt" > ${now}) AS "total",
      i."id", i."email", i."roles"::text[] AS "roles", i."expiresAt", u."name" AS "invitedByName",
      (SELECT o."status"::text FROM "OutboxMail" o WHERE o."invitationId" = i."id" ORDER BY o."createdAt" DESC LIMIT 1) AS "lastMailStatus"
    FROM "Invitation" i
    JOIN "User" u ON u."id" = i."invitedById"
    WHERE i."accountId" = ${accountId}::uuid AND i."status" = 'PENDING' AND i."expiresAt" > ${now}
    ORDER BY i."createdAt" DESC, i."id" ASC
    LIMIT ${INVITATIONS_SHOWN}`
  return { total: rows[0]?.total ?? 0, invitations: rows.map(({ total: _total, ...invitation }) => invitation) }
}
