import "server-only"
import { pool } from "@/lib/db"

// 60 requests a minute per key, counted in PostgreSQL (every app instance sees the same count): one row per key and
// minute, raised in one statement. Fixed windows, as GitHub's API counts.

/** 60 unless API_REQUESTS_PER_MINUTE says otherwise (the benchmark loads one key far beyond it). */
export const REQUESTS_PER_MINUTE = Number(process.env.API_REQUESTS_PER_MINUTE) || 60

export type Usage = { count: number; resetSeconds: number }

export async function countRequest(apiKeyId: string): Promise<Usage> {
  // Past the limit the row is left as it is (no write for a request that is refused anyway): no row comes back.
  const { rows } = await pool.query<{ count: number; resetSeconds: number }>({
    text: `INSERT INTO "ApiKeyUsage" ("apiKeyId", "windowStart", "count")
      VALUES ($1::uuid, date_trunc('minute', now() AT TIME ZONE 'UTC'), 1)
      ON CONFLICT ("apiKeyId", "windowStart") DO UPDATE SET "count" = "ApiKeyUsage"."count" + 1 WHERE "ApiKeyUsage"."count" <= $2
      RETURNING "count", ceil(extract(epoch FROM "windowStart" + interval '1 minute' - (now() AT TIME ZONE 'UTC')))::int AS "resetSeconds"`,
    values: [apiKeyId, REQUESTS_PER_MINUTE],
  })
  const usage = rows[0] ?? { count: REQUESTS_PER_MINUTE + 1, resetSeconds: 60 - new Date().getUTCSeconds() }
  // A key's first request of a minute clears its windows of the past: the table holds about one row per active key.
  if (usage.count === 1) {
    await pool.query({ text: `DELETE FROM "ApiKeyUsage" WHERE "apiKeyId" = $1::uuid AND "windowStart" < date_trunc('minute', now() AT TIME ZONE 'UTC')`, values: [apiKeyId] })
  }
  return usage
}

/** The RateLimit-* headers (IETF draft, as most APIs send them) for a usage. */
export function rateLimitHeaders({ count, resetSeconds }: Usage): Record<string, string> {
  return {
    "ratelimit-limit": String(REQUESTS_PER_MINUTE),
    "ratelimit-remaining": String(Math.max(0, REQUESTS_PER_MINUTE - count)),
    "ratelimit-reset": String(Math.max(1, resetSeconds)),
  }
}
