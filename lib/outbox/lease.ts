import "server-only"
import { db } from "@/lib/db"
import { Prisma } from "@/lib/generated/prisma/client"

// What the mail outbox and the webhook outbox share: rows claimed with a lease, so every process can deliver and
// none delivers a row twice, and retries that back off.

/** How long a claimed row stays invisible to other deliverers: far longer than one send. */
export const LEASE_MS = 60_000

/**
 * Takes up to `limit` due PENDING rows of `table` for this deliverer. One statement: the rows are locked (others
 * skip them, so two processes never take the same row) and leased by pushing nextAttemptAt forward, then committed
 * at once, so sending happens outside any transaction. A deliverer that dies mid-send loses its lease and the row
 * is retried. `where` narrows which rows (`due` is the table's alias); `returning` names the columns to give back.
 */
export async function claimDue<Row>(options: { table: "OutboxMail" | "WebhookDelivery"; now: Date; limit: number; where?: Prisma.Sql; returning: Prisma.Sql; leaseMs?: number }): Promise<Row[]> {
  const table = Prisma.raw(`"${options.table}"`)
  const leaseUntil = new Date(options.now.getTime() + (options.leaseMs ?? LEASE_MS))
  return db.$queryRaw<Row[]>`
    WITH due AS (
      SELECT due."id" FROM ${table} AS due
      WHERE due."status" = 'PENDING' AND due."nextAttemptAt" <= ${options.now} ${options.where ?? Prisma.empty}
      ORDER BY due."nextAttemptAt", due."createdAt"
      LIMIT ${options.limit}
      FOR UPDATE OF due SKIP LOCKED
    )
    UPDATE ${table} AS row SET "nextAttemptAt" = ${leaseUntil}
    FROM due WHERE row."id" = due."id"
    RETURNING ${options.returning}`
}

/**
 * Gives claimed rows back at once, for any deliverer's next pass: a draining process does so with what it claimed
 * and had not yet handed to the provider, rather than leave it invisible until the lease runs out.
 */
export async function releaseClaims(table: "OutboxMail" | "WebhookDelivery", ids: string[]): Promise<void> {
  if (ids.length === 0) return
  await db.$executeRaw`
    UPDATE ${Prisma.raw(`"${table}"`)} SET "nextAttemptAt" = now() AT TIME ZONE 'UTC'
    WHERE "id" = ANY(${ids}::uuid[]) AND "status" = 'PENDING'`
}

/**
 * Records an outcome, retrying while the database is unreachable (a row the other side accepted must not be sent
 * again when the lease runs out); the lease keeps other deliverers off it meanwhile, and the write only touches rows
 * still pending, so retrying it is harmless.
 */
export async function whileLeased<T>(write: () => Promise<T>, giveUpAt: number, retryMs = 1_000): Promise<T> {
  for (;;) {
    try {
      return await write()
    } catch (error) {
      if (Date.now() + retryMs >= giveUpAt) throw error
      await new Promise((resolve) => setTimeout(resolve, retryMs))
    }
  }
}

/** A retry schedule: the delay before each retry, by how many attempts failed so far; null once it is spent. */
export function retryDelay(schedule: readonly number[], failedAttempts: number): number | null {
  return schedule[failedAttempts - 1] ?? null
}
