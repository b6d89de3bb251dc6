import "server-only"
import type { Tx } from "@/lib/db"
import type { AuditAction } from "@/lib/generated/prisma/enums"
import type { Prisma } from "@/lib/generated/prisma/client"

export type AuditEntry = {
  accountId: string
  /** null when the system made the change (e.g. an invitation expiring) */
  actorId: string | null
  action: AuditAction
  targetEmail: string
  details?: Prisma.InputJsonValue
}

/** Records changes of access, inside the transaction that makes them. */
export async function recordAudit(tx: Tx, ...entries: AuditEntry[]): Promise<void> {
  await tx.auditEvent.createMany({ data: entries })
}
