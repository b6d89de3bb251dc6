import "server-only"
import crypto from "node:crypto"
import type { Actor } from "@/lib/actions/authorize"
import { madeBy, recordAudit } from "@/lib/audit"
import { db } from "@/lib/db"
import type { Prisma } from "@/lib/generated/prisma/client"
import type { RefusalKind } from "@/lib/refusal"
import { open, seal } from "@/lib/secret-box"
import { resolveTarget, type UrlProblem } from "./address-guard"
import { EVENT_TYPES, eventBody, type EventType } from "./events"
import { newSigningSecret } from "./sign"

// Settings → APIs → Webhooks: an account's endpoints, managed by whoever may open APIs (the Admin role), each change
// audited; all scoped to the actor's account, so another account's ids match nothing.

export const ENDPOINTS_AT_MOST = 10
const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000
/** Why a change was refused, as a key of the `webhooks.refusals` messages. */
export type EndpointRefusalReason = UrlProblem | "not-found" | "too-many" | "delivery-not-found" | "test-waiting"
export type EndpointRefusal = { ok: false; kind: RefusalKind; reason: EndpointRefusalReason }
const NOT_FOUND: EndpointRefusal = { ok: false, kind: "not-found", reason: "not-found" }
/** How screens and toasts name an endpoint: its description, else its URL. */
export const endpointLabel = (endpoint: { description: string; url: string }) => endpoint.description || endpoint.url

type Done<T = object> = ({ ok: true } & T) | EndpointRefusal
type Named = { label: string }

export async function addEndpoint(actor: Actor, input: { url: string; description: string; events: EventType[] }): Promise<Done<{ id: string }> & { field?: string }> {
  const accountId = actor.access.accountId
  const checked = await resolveTarget(input.url)
  if (!checked.ok) return { ok: false, kind: "invalid", reason: checked.problem, field: "url" }
  const id = crypto.randomUUID()
  // Every type chosen is every type: stored as none, so types added later are sent too.
  const events = input.events.length === EVENT_TYPES.length ? [] : input.events
  return db.$transaction(async (tx) => {
    // Counted under the account row's lock: requests racing each other cannot pass the limit together.
    await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "id" = ${accountId}::uuid FOR UPDATE`
    if ((await tx.webhookEndpoint.count({ where: { accountId } })) >= ENDPOINTS_AT_MOST) {
      return { ok: false as const, kind: "conflict" as const, reason: "too-many" as const }
    }
    await tx.webhookEndpoint.create({ data: { id, accountId, url: checked.target.url.toString(), description: input.description, events, secret: seal(newSigningSecret(), id) } })
    await recordAudit(tx, { accountId, ...madeBy(actor), action: "WEBHOOK_ENDPOINT_ADDED", targetEmail: await emailOf(actor), details: { url: checked.target.url.toString() } })
    return { ok: true as const, id }
  })
}

/** The signing secret, for Reveal: the one now signing (a rotation's previous one too signs for a day). */
export async function revealSecret(actor: Actor, endpointId: string): Promise<Done<{ secret: string }>> {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, accountId: actor.access.accountId } })
  return endpoint ? { ok: true, secret: open(endpoint.secret, endpoint.id) } : NOT_FOUND
}

/** Rotate secret: a new one signs from now on; the old one signs beside it for 24 hours, while receivers switch over. */
export async function rotateSecret(actor: Actor, endpointId: string, now = new Date()): Promise<Done<Named>> {
  return changeEndpoint(actor, endpointId, "WEBHOOK_SECRET_ROTATED", (endpoint) => ({
    secret: seal(newSigningSecret(), endpoint.id),
    previousSecret: endpoint.secret,
    previousSecretUntil: new Date(now.getTime() + ROTATION_OVERLAP_MS),
  }))
}

/** Disable or Enable: a disabled endpoint is queued nothing new; enabled again, it gets the deliveries still waiting. */
export async function setEndpointEnabled(actor: Actor, endpointId: string, enabled: boolean, now = new Date()): Promise<Done<Named>> {
  return changeEndpoint(actor, endpointId, enabled ? "WEBHOOK_ENDPOINT_ENABLED" : "WEBHOOK_ENDPOINT_DISABLED", () =>
    enabled ? { disabledAt: null, disabledReason: null, failingSince: null } : { disabledAt: now, disabledReason: "manual" },
  )
}

export async function deleteEndpoint(actor: Actor, endpointId: string): Promise<Done<Named>> {
  const accountId = actor.access.accountId
  return db.$transaction(async (tx) => {
    const [endpoint] = await tx.$queryRaw<{ url: string; description: string }[]>`DELETE FROM "WebhookEndpoint" WHERE "id" = ${endpointId}::uuid AND "accountId" = ${accountId}::uuid RETURNING "url", "description"`
    if (!endpoint) return NOT_FOUND
    await recordAudit(tx, { accountId, ...madeBy(actor), action: "WEBHOOK_ENDPOINT_DELETED", targetEmail: await emailOf(actor), details: { url: endpoint.url } })
    return { ok: true as const, label: endpointLabel(endpoint) }
  })
}

/** Resend a failed delivery: the same event and webhook-id, tried again from the start of the schedule. */
export async function resendDelivery(actor: Actor, deliveryId: string, now = new Date()): Promise<Done> {
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, status: "FAILED", endpoint: { accountId: actor.access.accountId } },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: now },
  })
  return count === 1 ? { ok: true } : { ok: false, kind: "not-found", reason: "delivery-not-found" }
}

/** Send test event: a `webhook.test` event to this endpoint alone, delivered and logged like any other. */
// One waiting at a time: a held-down button queues one post to someone else's server, not a flood.
export async function sendTestEvent(actor: Actor, endpointId: string, now = new Date()): Promise<Done<Named>> {
  const accountId = actor.access.accountId
  return db.$transaction(async (tx) => {
    const [endpoint] = await tx.$queryRaw<{ id: string; url: string; description: string }[]>`SELECT "id", "url", "description" FROM "WebhookEndpoint" WHERE "id" = ${endpointId}::uuid AND "accountId" = ${accountId}::uuid FOR UPDATE`
    if (!endpoint) return NOT_FOUND
    if (await tx.webhookDelivery.count({ where: { endpointId: endpoint.id, eventType: "webhook.test", status: "PENDING" } })) {
      return { ok: false as const, kind: "conflict" as const, reason: "test-waiting" as const }
    }
    const payload = eventBody("webhook.test", { account_id: accountId, message: "A test event from Hitflow." }, now)
    await tx.webhookDelivery.create({ data: { endpointId: endpoint.id, eventType: "webhook.test", payload: payload as Prisma.InputJsonObject, nextAttemptAt: now } })
    return { ok: true as const, label: endpointLabel(endpoint) }
  })
}

/** The account's endpoints, as the Webhooks page lists them. */
export async function listEndpoints(accountId: string) {
  return db.webhookEndpoint.findMany({
    where: { accountId },
    orderBy: { createdAt: "asc" },
    select: { id: true, url: true, description: true, events: true, disabledAt: true, disabledReason: true, failingSince: true, previousSecretUntil: true, createdAt: true },
  })
}

/** An endpoint's delivery log: its latest deliveries, each with its attempts (status, duration, the answer's start). */
export async function deliveryLog(accountId: string, endpointId: string, take = 25) {
  return db.webhookDelivery.findMany({
    where: { endpointId, endpoint: { accountId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      eventType: true,
      status: true,
      attempts: true,
      createdAt: true,
      nextAttemptAt: true,
      attemptLog: { orderBy: { createdAt: "desc" }, take: 5, select: { id: true, statusCode: true, durationMs: true, response: true, error: true, createdAt: true } },
    },
  })
}

type EndpointRow = Prisma.WebhookEndpointGetPayload<object>

async function changeEndpoint(
  actor: Actor,
  endpointId: string,
  action: "WEBHOOK_SECRET_ROTATED" | "WEBHOOK_ENDPOINT_ENABLED" | "WEBHOOK_ENDPOINT_DISABLED",
  change: (endpoint: EndpointRow) => Prisma.WebhookEndpointUpdateInput,
): Promise<Done<Named>> {
  const accountId = actor.access.accountId
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "WebhookEndpoint" WHERE "id" = ${endpointId}::uuid AND "accountId" = ${accountId}::uuid FOR UPDATE`
    if (!locked) return NOT_FOUND
    const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: locked.id } })
    await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: change(endpoint) })
    await recordAudit(tx, { accountId, ...madeBy(actor), action, targetEmail: await emailOf(actor), details: { url: endpoint.url } })
    return { ok: true as const, label: endpointLabel(endpoint) }
  })
}

async function emailOf(actor: Actor): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true } })).email
}
