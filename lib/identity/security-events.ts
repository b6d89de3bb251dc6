import "server-only"
import { db, type Tx } from "@/lib/db"
import type { SecurityAction } from "@/lib/generated/prisma/enums"
import { clientIp } from "@/lib/rate-limit"

/** Where a request came from, as a person's sessions and security activity show it. */
export type RequestOrigin = { ip: string; userAgent: string | null }

export function requestOrigin(headers: Headers): RequestOrigin {
  return { ip: clientIp(headers).slice(0, 100), userAgent: headers.get("user-agent")?.slice(0, 500) ?? null }
}

export async function recordSecurityEvent(tx: Tx, userId: string, action: SecurityAction, origin: RequestOrigin): Promise<void> {
  await tx.securityEvent.create({ data: { userId, action, ip: origin.ip, userAgent: origin.userAgent } })
}

const SENTENCES: Record<SecurityAction, string> = {
  EMAIL_CONFIRMED: "You confirmed your email.",
  PASSWORD_RESET: "You set a new password with a reset link.",
  PASSWORD_CHANGED: "You changed your password.",
  SESSION_ENDED: "You signed out a session.",
  OTHER_SESSIONS_ENDED: "You signed out your other sessions.",
  TWO_FACTOR_ENABLED: "You turned on two-factor authentication.",
  TWO_FACTOR_DISABLED: "You turned off two-factor authentication.",
  RECOVERY_CODES_REGENERATED: "You replaced your recovery codes.",
  RECOVERY_CODE_USED: "You signed in with a recovery code.",
}

/** The person's latest changes to how they sign in, as the profile lists them. */
export async function recentSecurityEvents(userId: string) {
  const rows = await db.securityEvent.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 10 })
  return rows.map((row) => ({ id: row.id, sentence: SENTENCES[row.action], ip: row.ip, createdAt: row.createdAt }))
}
