import "server-only"
import { db } from "@/lib/db"
import { Prisma } from "@/lib/generated/prisma/client"
import type { AuditAction } from "@/lib/generated/prisma/enums"
import { activityWriter } from "@/lib/members/activity"
import { ok, type ApiAnswer } from "./answer"
import { pageOf } from "./cursor"
import { pageParams } from "./pages"
import type { ApiRequest } from "./route"

const describeActivity = activityWriter("en") // the API is locale-independent

type EventRow = {
  id: string
  createdAt: Date
  action: AuditAction
  targetEmail: string
  details: unknown
  actorName: string | null
  actorEmail: string | null
  keyName: string | null
}

/** The account's Activity, newest first (the index on accountId, createdAt DESC), a page after the cursor. */
export async function listActivityEndpoint({ actor, query }: ApiRequest<null>): Promise<ApiAnswer | Response> {
  const page = pageParams(query)
  if (!page.ok) return page.response
  const after = page.after
  const rows = await db.$queryRaw<EventRow[]>`
    SELECT e."id", e."createdAt", e."action"::text AS "action", e."targetEmail", e."details",
      u."name" AS "actorName", e."actorEmail", k."name" AS "keyName"
    FROM "AuditEvent" e
    LEFT JOIN "User" u ON u."id" = e."actorId"
    LEFT JOIN "ApiKey" k ON k."id" = e."apiKeyId"
    WHERE e."accountId" = ${actor.access.accountId}::uuid
      ${after ? Prisma.sql`AND (e."createdAt", e."id") < (${after.createdAt}, ${after.id}::uuid)` : Prisma.empty}
    ORDER BY e."createdAt" DESC, e."id" DESC
    LIMIT ${page.limit + 1}`
  const { rows: events, next } = pageOf(rows, page.limit)
  return ok({
    data: events.map((row) => ({
      id: row.id,
      action: row.action,
      description: describeActivity({
        action: row.action,
        targetEmail: row.targetEmail,
        details: row.details,
        actor: row.actorName ? { name: row.actorName } : null,
        actorEmail: row.actorEmail,
        apiKey: row.keyName ? { name: row.keyName } : null,
      }),
      // As the Activity screen: people by name (their address today may not be the one the account knew), a
      // deleted user by the email kept for them.
      actor: { name: row.actorName, email: row.actorEmail, api_key: row.keyName },
      subject: row.targetEmail,
      ...(row.details ? { details: row.details } : {}),
      at: row.createdAt.toISOString(),
    })),
    next_cursor: next,
  })
}
