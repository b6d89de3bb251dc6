import "server-only"
import type { Tx } from "@/lib/db"
import type { AuditAction } from "@/lib/generated/prisma/enums"
import type { Prisma } from "@/lib/generated/prisma/client"
import { queueWebhookEvents } from "@/lib/webhooks/events"

/** Who made a change: a person (null: the system, e.g. an invitation expiring), and the API key they acted through. */
export type AuditActor = { actorId: string | null; apiKeyId?: string | null }

/** The audit's actor for a request's actor: the person, and their API key when the request came with one. */
export function madeBy(actor: { userId: string; apiKey?: { id: string } }): AuditActor {
  return { actorId: actor.userId, apiKeyId: actor.apiKey?.id ?? null }
}

export type AuditEntry = AuditActor & {
  accountId: string
  action: AuditAction
  targetEmail: string
  details?: Prisma.InputJsonValue
}

/**
 * Records changes of access, inside the transaction that makes them, and queues the webhook events they are
 * (lib/webhooks/events.ts) in the same transaction: an event exists exactly when its change does.
 */
export async function recordAudit(tx: Tx, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return
  await tx.auditEvent.createMany({ data: entries })
  await queueWebhookEvents(tx, entries)
}
