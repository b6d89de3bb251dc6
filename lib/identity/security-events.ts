import "server-only"
import { db, type Tx } from "@/lib/db"
import type { SecurityAction } from "@/lib/generated/prisma/enums"
import { requestTranslator } from "@/lib/i18n/request-locale"
import { clientIp } from "@/lib/rate-limit"

/** Where a request came from, as a person's sessions and security activity show it. */
export type RequestOrigin = { ip: string; userAgent: string | null }

export function requestOrigin(headers: Headers): RequestOrigin {
  return { ip: clientIp(headers).slice(0, 100), userAgent: headers.get("user-agent")?.slice(0, 500) ?? null }
}

export async function recordSecurityEvent(tx: Tx, userId: string, action: SecurityAction, origin: RequestOrigin): Promise<void> {
  await tx.securityEvent.create({ data: { userId, action, ip: origin.ip, userAgent: origin.userAgent } })
}

/** The person's latest changes to how they sign in, as the profile lists them, in the reader's language. */
export async function recentSecurityEvents(userId: string) {
  const t = await requestTranslator("activity")
  const rows = await db.securityEvent.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 10 })
  return rows.map((row) => ({ id: row.id, sentence: t(`security.${row.action}`), ip: row.ip, createdAt: row.createdAt }))
}
