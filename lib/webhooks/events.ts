import "server-only"
import type { Tx } from "@/lib/db"
import type { AuditAction, Role } from "@/lib/generated/prisma/enums"
import type { Prisma } from "@/lib/generated/prisma/client"

// The events an account's webhook endpoints can receive. Each is an audited access change: recordAudit
// (lib/audit.ts) hands every entry here, in the transaction of the change, so an event exists exactly when the
// change commits, beside its mail.

export const EVENT_TYPES = [
  "invitation.sent",
  "invitation.resent",
  "invitation.cancelled",
  "invitation.accepted",
  "invitation.declined",
  "invitation.expired",
  "member.roles_changed",
  "member.disabled",
  "member.enabled",
  "member.removed",
  "member.left",
  "api_key.created",
  "api_key.revoked",
  "account.two_factor_required",
] as const
export type EventType = (typeof EVENT_TYPES)[number]

const FOR_ACTION: Partial<Record<AuditAction, EventType>> = {
  INVITATION_SENT: "invitation.sent",
  INVITATION_RESENT: "invitation.resent",
  INVITATION_CANCELLED: "invitation.cancelled",
  // Withdrawn because its sender left or their key was revoked: cancelled all the same, for whoever mirrors the list.
  INVITATION_REVOKED: "invitation.cancelled",
  INVITATION_ACCEPTED: "invitation.accepted",
  INVITATION_DECLINED: "invitation.declined",
  INVITATION_EXPIRED: "invitation.expired",
  MEMBER_ROLES_CHANGED: "member.roles_changed",
  MEMBER_DISABLED: "member.disabled",
  MEMBER_ENABLED: "member.enabled",
  MEMBER_DELETED: "member.removed",
  MEMBER_LEFT: "member.left",
  API_KEY_CREATED: "api_key.created",
  API_KEY_REVOKED: "api_key.revoked",
  TWO_FACTOR_REQUIRED: "account.two_factor_required",
}

export type AuditedChange = {
  accountId: string
  actorId: string | null
  apiKeyId?: string | null
  action: AuditAction
  targetEmail: string
  details?: Prisma.InputJsonValue
}

/** An event's body: `{ type, timestamp, data }`. Never a token, a secret or a link that grants anything. */
export function eventBody(type: EventType | "webhook.test", data: Record<string, unknown>, at: Date) {
  return { type, timestamp: at.toISOString(), data }
}

function dataOf(change: AuditedChange, actor: { id: string; email: string } | null) {
  const details = (change.details ?? null) as { roles?: Role[]; from?: Role[]; to?: Role[]; name?: string } | null
  return {
    account_id: change.accountId,
    actor: actor ? { user_id: actor.id, email: actor.email, api_key_id: change.apiKeyId ?? null } : null,
    subject: { email: change.targetEmail },
    ...(details?.from ? { roles_before: details.from } : {}),
    ...(details?.to ? { roles_after: details.to } : details?.roles ? { roles_after: details.roles } : {}),
    ...(details?.name ? { api_key_name: details.name } : {}),
  }
}

/**
 * Queues the events of audited changes for the account's enabled endpoints that take them: one delivery per event
 * and endpoint, in the caller's transaction. Nothing is read or written for an account without endpoints but the
 * one query that finds none.
 */
export async function queueWebhookEvents(tx: Tx, changes: AuditedChange[], at = new Date()): Promise<void> {
  const typed = changes.flatMap((change) => (FOR_ACTION[change.action] ? [{ change, type: FOR_ACTION[change.action]! }] : []))
  if (typed.length === 0) return
  const accounts = [...new Set(typed.map(({ change }) => change.accountId))]
  const endpoints = await tx.webhookEndpoint.findMany({ where: { accountId: { in: accounts }, disabledAt: null }, select: { id: true, accountId: true, events: true } })
  if (endpoints.length === 0) return
  const actorIds = [...new Set(typed.map(({ change }) => change.actorId).filter((id): id is string => Boolean(id)))]
  const actors = new Map((await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } })).map((user) => [user.id, user]))
  const deliveries = typed.flatMap(({ change, type }) =>
    endpoints
      .filter((endpoint) => endpoint.accountId === change.accountId && (endpoint.events.length === 0 || endpoint.events.includes(type)))
      .map((endpoint) => ({
        endpointId: endpoint.id,
        eventType: type,
        payload: eventBody(type, dataOf(change, change.actorId ? (actors.get(change.actorId) ?? null) : null), at) as Prisma.InputJsonObject,
        nextAttemptAt: at,
      })),
  )
  if (deliveries.length > 0) await tx.webhookDelivery.createMany({ data: deliveries })
}
