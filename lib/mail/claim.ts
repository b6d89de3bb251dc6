import "server-only"
import type { Prisma } from "@/lib/generated/prisma/client"
import { Prisma as Sql } from "@/lib/generated/prisma/client"
import { claimDue } from "@/lib/outbox/lease"

export { LEASE_MS } from "@/lib/outbox/lease"

export type ClaimedMail = { id: string; to: string; template: string; payload: Prisma.JsonValue; locale: string; timeZone: string; attempts: number }

/** Takes up to `limit` due mails for this deliverer, leased (lib/outbox/lease.ts). */
export async function claimDueMails(now: Date, limit: number, recipients?: string[]): Promise<ClaimedMail[]> {
  return claimDue<ClaimedMail>({
    table: "OutboxMail",
    now,
    limit,
    where: recipients ? Sql.sql`AND due."to" = ANY(${recipients})` : undefined,
    returning: Sql.sql`row."id", row."to", row."template", row."payload", row."locale", row."timeZone", row."attempts"`,
  })
}
