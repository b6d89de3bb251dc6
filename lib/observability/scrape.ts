import "server-only"
import crypto from "node:crypto"
import { pool } from "@/lib/db"
import { log } from "./log"
import { metrics } from "./metrics"
import { withinDeadline } from "./deadline"

// /api/metrics: Prometheus's scrape, behind METRICS_TOKEN. Without the variable the route does not exist.

export type ScrapeAccess = "hidden" | "refused" | "granted"

export function scrapeAccess(authorization: string | null): ScrapeAccess {
  const token = process.env.METRICS_TOKEN
  if (!token) return "hidden"
  const given = /^Bearer (\S+)$/.exec(authorization?.trim() ?? "")?.[1] ?? ""
  // Digests have one length, so they compare in constant time and say nothing of the token's length.
  return crypto.timingSafeEqual(sha256(given), sha256(token)) ? "granted" : "refused"
}

function sha256(text: string): Buffer {
  return crypto.createHash("sha256").update(text).digest()
}

const OUTBOX_DEADLINE_MS = 2_000
/** Past this many pending rows the exact figure no longer matters, and counting it would cost. */
const PENDING_CAP = 100_000

/** The metrics as Prometheus text, with the outboxes read now. */
export async function scrapeMetrics(): Promise<string> {
  const { registry, outboxPending, oldestDueMailAge } = metrics()
  try {
    const outboxes = await withinDeadline(readOutboxes(), OUTBOX_DEADLINE_MS)
    outboxPending.set({ outbox: "mail" }, outboxes.mail)
    outboxPending.set({ outbox: "webhook" }, outboxes.webhook)
    oldestDueMailAge.set(outboxes.oldestDueMailSeconds)
  } catch (error) {
    // The counters are still worth answering; the outbox figures say they are unknown.
    log.warn({ err: error }, "metrics: the outboxes could not be read")
    outboxPending.set({ outbox: "mail" }, Number.NaN)
    outboxPending.set({ outbox: "webhook" }, Number.NaN)
    oldestDueMailAge.set(Number.NaN)
  }
  return registry.metrics()
}

export const METRICS_CONTENT_TYPE = metrics().registry.contentType

async function readOutboxes(): Promise<{ mail: number; webhook: number; oldestDueMailSeconds: number }> {
  // Times are stored in UTC without a zone (Prisma's DateTime), hence now() AT TIME ZONE 'UTC'.
  const { rows } = await pool.query<{ mail: number; webhook: number; oldestDueMailSeconds: number }>({
    text: `SELECT
        (SELECT count(*) FROM (SELECT 1 FROM "OutboxMail" WHERE "status" = 'PENDING' LIMIT $1) AS pending)::int AS "mail",
        (SELECT count(*) FROM (SELECT 1 FROM "WebhookDelivery" WHERE "status" = 'PENDING' LIMIT $1) AS pending)::int AS "webhook",
        COALESCE((SELECT EXTRACT(EPOCH FROM (now() AT TIME ZONE 'UTC') - min("createdAt")) FROM "OutboxMail"
          WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now() AT TIME ZONE 'UTC'), 0)::float8 AS "oldestDueMailSeconds"`,
    values: [PENDING_CAP],
  })
  return rows[0]!
}
