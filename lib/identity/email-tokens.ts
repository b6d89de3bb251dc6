import "server-only"
import { db, type Tx } from "@/lib/db"
import type { EmailTokenPurpose } from "@/lib/generated/prisma/enums"
import { hashToken, looksLikeToken, newToken } from "@/lib/tokens"
import { LINK_LIFETIME_MS } from "./policy"

/**
 * A new link for `purpose`, written in the caller's transaction. It replaces the person's earlier unused links of
 * the same purpose: only the newest mail works.
 */
export async function issueEmailToken(tx: Tx, userId: string, purpose: EmailTokenPurpose, bindingHash: string | null = null, now = new Date()) {
  await tx.emailToken.deleteMany({ where: { userId, purpose, usedAt: null } })
  const { token, tokenHash } = newToken()
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose])
  await tx.emailToken.create({ data: { userId, purpose, tokenHash, bindingHash, expiresAt } })
  return { token, expiresAt }
}

/** Uses the link once: only one of two simultaneous uses gets its person (their id), and never after it expired. */
export async function consumeEmailToken(tx: Tx, token: string, purpose: EmailTokenPurpose, now = new Date()): Promise<string | null> {
  if (!looksLikeToken(token)) return null
  const tokenHash = hashToken(token)
  const { count } = await tx.emailToken.updateMany({ where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } })
  if (count !== 1) return null
  return (await tx.emailToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } })).userId
}

export type LinkState = { state: "usable"; userId: string; email: string; name: string; bindingHash: string | null } | { state: "closed"; confirmed: boolean; email: string } | { state: "unknown" }

/** What a link's page shows, without using it up. */
export async function findEmailToken(token: string, purpose: EmailTokenPurpose, now = new Date()): Promise<LinkState> {
  if (!looksLikeToken(token)) return { state: "unknown" }
  const row = await db.emailToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, bindingHash: true, user: { select: { id: true, email: true, name: true, emailVerifiedAt: true } } },
  })
  if (!row || row.purpose !== purpose) return { state: "unknown" }
  if (row.usedAt || row.expiresAt <= now) return { state: "closed", confirmed: Boolean(row.user.emailVerifiedAt), email: row.user.email }
  return { state: "usable", userId: row.user.id, email: row.user.email, name: row.user.name, bindingHash: row.bindingHash }
}
