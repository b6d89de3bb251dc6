import "server-only"
import { db } from "@/lib/db"
import { Prisma } from "@/lib/generated/prisma/client"

/** How long a claimed mail stays invisible to other deliverers: far longer than rendering plus one send. */
export const LEASE_MS = 60_000

export type ClaimedMail = { id: string; to: string; template: string; payload: Prisma.JsonValue; attempts: number }

/**
 * Takes up to `limit` due mails for this deliverer. One statement: the rows are locked (others skip them, so two
 * processes never take the same mail) and leased by pushing nextAttemptAt forward, then committed at once, so
 * sending happens outside any transaction. A deliverer that dies mid-send loses its lease and the mail is retried.
 */
export async function claimDueMails(now: Date, limit: number, recipients?: string[]): Promise<ClaimedMail[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS)
  const onlyTo = recipients ? Prisma.sql`AND "to" = ANY(${recipients})` : Prisma.empty
  return db.$queryRaw<ClaimedMail[]>`
    WITH due AS (
      SELECT "id" FROM "OutboxMail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now} ${onlyTo}
      ORDER BY "nextAttemptAt", "createdAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "OutboxMail" AS mail SET "nextAttemptAt" = ${leaseUntil}
    FROM due WHERE mail."id" = due."id"
    RETURNING mail."id", mail."to", mail."template", mail."payload", mail."attempts"`
}
