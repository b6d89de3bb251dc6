import "server-only"
import { appUrl } from "@/lib/app-url"
import { recordAudit } from "@/lib/audit"
import { db, type Tx } from "@/lib/db"
import type { Prisma } from "@/lib/generated/prisma/client"
import { Prisma as Sql } from "@/lib/generated/prisma/client"
import { queueMail } from "@/lib/mail/outbox"
import { isDraining } from "@/lib/http/lifecycle"
import { translatorFor } from "@/lib/i18n/catalogs"
import { claimDue, LEASE_MS, releaseClaims, retryDelay, whileLeased } from "@/lib/outbox/lease"
import { open } from "@/lib/secret-box"
import { resolveTarget } from "./address-guard"
import { messageIdOf, signedHeaders } from "./sign"
import { postToTarget, TIMEOUT_MS, type Post } from "./transport"

// The webhook outbox's deliverer, in every server process beside the mailer: the same leasing (lib/outbox/lease.ts),
// its own schedule. Any 2xx is a success; anything else is retried over about a day, then FAILED. An endpoint that
// has failed for 3 days is disabled and its account's owner mailed.

/** Delays before each retry: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (about 27 hours in all). */
const RETRY_DELAYS_MS = [5, 300, 1800, 7200, 18_000, 36_000, 36_000].map((seconds) => seconds * 1000)
const FAILING_FOR_MS = 3 * 24 * 60 * 60 * 1000
export const DEFAULT_BATCH = 10

type ClaimedDelivery = {
  id: string
  endpointId: string
  eventType: string
  payload: Prisma.JsonValue
  attempts: number
  createdAt: Date
}

/** `post` and `timeoutMs` replace the connect step and its limit (tests); `endpoints` narrows the pass (tests share one database). */
export type WebhookDeliveryOptions = { now?: Date; limit?: number; post?: Post; timeoutMs?: number; endpoints?: string[] }
export type WebhookReport = { sent: number; failed: number; retried: number }

/** One pass: claims the deliveries that are due (of enabled endpoints), sends them all at once, records each outcome. */
export async function deliverDueWebhooks(options: WebhookDeliveryOptions = {}): Promise<WebhookReport> {
  const report: WebhookReport = { sent: 0, failed: 0, retried: 0 }
  const now = options.now ?? new Date()
  const onlyThese = options.endpoints ? Sql.sql`AND due."endpointId" = ANY(${options.endpoints}::uuid[])` : Sql.empty
  const claimed = await claimDue<ClaimedDelivery>({
    table: "WebhookDelivery",
    now,
    limit: options.limit ?? DEFAULT_BATCH,
    // A disabled endpoint gets nothing: its deliveries wait (they go when it is enabled again, or with it).
    where: Sql.sql`AND EXISTS (SELECT 1 FROM "WebhookEndpoint" e WHERE e."id" = due."endpointId" AND e."disabledAt" IS NULL) ${onlyThese}`,
    returning: Sql.sql`row."id", row."endpointId", row."eventType", row."payload", row."attempts", row."createdAt"`,
    leaseMs: Math.max(LEASE_MS, TIMEOUT_MS * 3),
  })
  if (claimed.length === 0) return report
  const recordBefore = Date.now() + LEASE_MS / 2
  const released: string[] = []
  const outcomes = await Promise.allSettled(
    claimed.map(async (delivery) => {
      const attempt = await send(delivery, options.post ?? postToTarget, options.timeoutMs ?? TIMEOUT_MS)
      if (attempt === RELEASED) return void released.push(delivery.id)
      return whileLeased(() => record(delivery, attempt, now), recordBefore)
    }),
  )
  await releaseClaims("WebhookDelivery", released)
  for (const outcome of outcomes) {
    if (outcome.status === "rejected") throw outcome.reason // the database failed: the lease expires, the delivery is retried
    if (outcome.value) report[outcome.value]++
  }
  return report
}

type Attempt = { statusCode: number | null; response: string; error: string | null; durationMs: number }
/** Not posted: the process began draining first, so the delivery goes back to the outbox for another process. */
const RELEASED = "released"
/** An attempt's error is recorded as the delivery log's technical record, in English like the HTTP errors beside it. */
const ENGLISH = translatorFor("en", "webhooks")

/** Signs and posts one delivery: the endpoint read fresh (a rotated secret, a changed URL), its address checked first. */
async function send(delivery: ClaimedDelivery, post: Post, timeoutMs: number): Promise<Attempt | typeof RELEASED> {
  const started = Date.now()
  const finished = (rest: Omit<Attempt, "durationMs">): Attempt => ({ ...rest, durationMs: Date.now() - started })
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: delivery.endpointId } })
  if (!endpoint) return finished({ statusCode: null, response: "", error: "The endpoint was deleted." })
  const checked = await resolveTarget(endpoint.url)
  if (!checked.ok) return finished({ statusCode: null, response: "", error: ENGLISH(`refusals.${checked.problem}`) })
  const at = new Date()
  let secrets: string[]
  try {
    secrets = [open(endpoint.secret, endpoint.id)]
    if (endpoint.previousSecret && endpoint.previousSecretUntil && endpoint.previousSecretUntil > at) secrets.push(open(endpoint.previousSecret, endpoint.id))
  } catch {
    // Sealed under another key (TWO_FACTOR_ENCRYPTION_KEY changed): this delivery fails and is logged, others go on.
    return finished({ statusCode: null, response: "", error: "The signing secret cannot be read with this server's TWO_FACTOR_ENCRYPTION_KEY." })
  }
  const body = JSON.stringify(delivery.payload)
  if (isDraining()) return RELEASED
  try {
    const answer = await post(checked.target, signedHeaders(secrets, messageIdOf(delivery.id), at, body), body, timeoutMs)
    const ok = answer.status >= 200 && answer.status < 300
    return finished({ statusCode: answer.status, response: answer.body, error: ok ? null : `HTTP ${answer.status}` })
  } catch (error) {
    return finished({ statusCode: null, response: "", error: (error instanceof Error ? error.message : String(error)).slice(0, 500) })
  }
}

async function record(delivery: ClaimedDelivery, attempt: Attempt, now: Date): Promise<keyof WebhookReport> {
  return db.$transaction(async (tx) => {
    const attempts = delivery.attempts + 1
    const where = { id: delivery.id, status: "PENDING" as const }
    // Its endpoint was deleted meanwhile, and the delivery with it: nothing is left to record.
    const [present] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "WebhookDelivery" WHERE "id" = ${delivery.id}::uuid FOR UPDATE`
    if (!present) return "failed" as const
    await tx.webhookAttempt.create({
      data: { deliveryId: delivery.id, statusCode: attempt.statusCode, durationMs: attempt.durationMs, response: attempt.response, error: attempt.error },
    })
    if (attempt.error === null) {
      await tx.webhookDelivery.updateMany({ where, data: { status: "SENT", sentAt: new Date(), attempts, lastStatusCode: attempt.statusCode, lastError: null } })
      await tx.webhookEndpoint.updateMany({ where: { id: delivery.endpointId }, data: { failingSince: null } })
      return "sent" as const
    }
    const delay = retryDelay(RETRY_DELAYS_MS, attempts)
    await tx.webhookDelivery.updateMany({
      where,
      data: delay === null
        ? { status: "FAILED", attempts, lastStatusCode: attempt.statusCode, lastError: attempt.error }
        : { attempts, lastStatusCode: attempt.statusCode, lastError: attempt.error, nextAttemptAt: new Date(now.getTime() + delay) },
    })
    await failing(tx, delivery.endpointId, now)
    return delay === null ? ("failed" as const) : ("retried" as const)
  })
}

/** Marks the endpoint as failing since now (if it was not yet); after 3 days of it, disables it and mails the owner. */
async function failing(tx: Tx, endpointId: string, now: Date): Promise<void> {
  await tx.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: null }, data: { failingSince: now } })
  const disabled = await tx.webhookEndpoint.updateManyAndReturn({
    where: { id: endpointId, disabledAt: null, failingSince: { lte: new Date(now.getTime() - FAILING_FOR_MS) } },
    data: { disabledAt: now, disabledReason: "failing" },
    select: { url: true, accountId: true, account: { select: { name: true, owner: { select: { email: true, name: true } } } } },
  })
  const endpoint = disabled[0]
  if (!endpoint) return
  await recordAudit(tx, { accountId: endpoint.accountId, actorId: null, action: "WEBHOOK_ENDPOINT_DISABLED", targetEmail: endpoint.account.owner.email, details: { url: endpoint.url, reason: "failing" } })
  await queueMail(tx, {
    to: endpoint.account.owner.email,
    template: "webhook-disabled",
    data: { accountName: endpoint.account.name, url: endpoint.url, webhooksUrl: appUrl(`/accounts/${endpoint.accountId}/settings/apis/webhooks`) },
  })
}
