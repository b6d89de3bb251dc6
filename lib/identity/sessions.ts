import "server-only"
import Bowser from "bowser"
import { db, type Tx } from "@/lib/db"
import { SESSION_LIFETIME_MS } from "./policy"

/** Ends every live session of a person but `keep` (null: all of them); returns how many ended. */
export async function endSessionsIn(tx: Tx, userId: string, keep: string | null, now = new Date()): Promise<number> {
  const { count } = await tx.session.updateMany({ where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) }, data: { revokedAt: now } })
  return count
}

/** `device`: null when its User-Agent says nothing we know (the screen names it in its reader's language). */
export type SessionView = { id: string; device: string | null; ip: string | null; createdAt: Date; lastUsedAt: Date; current: boolean }

/** A person's live sessions, newest use first: those not signed out and whose cookie has not expired. */
export async function liveSessions(userId: string, currentSessionId: string, now = new Date()): Promise<SessionView[]> {
  const rows = await db.session.findMany({
    where: { userId, revokedAt: null, createdAt: { gt: new Date(now.getTime() - SESSION_LIFETIME_MS) } },
    orderBy: [{ lastUsedAt: "desc" }, { id: "asc" }],
    take: 50,
  })
  return rows.map((row) => ({ id: row.id, device: deviceName(row.userAgent), ip: row.ip, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, current: row.id === currentSessionId }))
}

/** "Chrome on Linux", from a User-Agent (bowser); null when it says nothing we know. */
export function deviceName(userAgent: string | null): string | null {
  if (!userAgent) return null
  const { browser, os } = Bowser.parse(userAgent)
  if (!browser.name && !os.name) return null
  return [browser.name, os.name].filter(Boolean).join(" on ")
}
