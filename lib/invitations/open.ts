import "server-only"
import { db } from "@/lib/db"
import type { MailStatus, Role } from "@/lib/generated/prisma/enums"
import { OPEN_STATUSES } from "./policy"

// Settings → Users shows them on every visit: one statement, like the members list (lib/members/list.ts).

export const INVITATIONS_SHOWN = 20

type OpenRow = {
  total: number
  id: string
  email: string
  roles: Role[]
  expiresAt: Date
  expired: boolean
  invitedByName: string
  lastMailStatus: MailStatus | null
}

/**
 * The account's open invitations (waiting, or expired and not yet resent or cancelled), one per email, newest
 * first: the first INVITATIONS_SHOWN, with their total.
 */
export async function listOpenInvitations(accountId: string, now = new Date()) {
  const open = [...OPEN_STATUSES]
  const rows = await db.$queryRaw<OpenRow[]>`
    SELECT
      (SELECT count(DISTINCT "email")::int FROM "Invitation" WHERE "accountId" = ${accountId}::uuid AND "status"::text = ANY(${open})) AS "total",
      i."id", i."email", i."roles"::text[] AS "roles", i."expiresAt", (i."status" = 'EXPIRED' OR i."expiresAt" <= ${now}) AS "expired",
      u."name" AS "invitedByName",
      (SELECT o."status"::text FROM "OutboxMail" o WHERE o."invitationId" = i."id" ORDER BY o."createdAt" DESC LIMIT 1) AS "lastMailStatus"
    FROM (
      SELECT DISTINCT ON ("email") * FROM "Invitation"
      WHERE "accountId" = ${accountId}::uuid AND "status"::text = ANY(${open})
      ORDER BY "email", "createdAt" DESC
    ) i
    JOIN "User" u ON u."id" = i."invitedById"
    ORDER BY i."createdAt" DESC, i."id" ASC
    LIMIT ${INVITATIONS_SHOWN}`
  return { total: rows[0]?.total ?? 0, invitations: rows.map(({ total: _total, ...invitation }) => invitation) }
}
