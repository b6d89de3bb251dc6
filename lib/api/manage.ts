import "server-only"
import type { Actor } from "@/lib/actions/authorize"
import { lockAccountAccess } from "@/lib/accounts/lock"
import { madeBy, recordAudit } from "@/lib/audit"
import { db } from "@/lib/db"
import type { Role } from "@/lib/generated/prisma/enums"
import { canOpen, distinctRoles, holdsRole, moduleForPath } from "@/lib/modules"
import type { RefusalKind } from "@/lib/refusal"
import { keyExpiry, newApiKey } from "./keys"
import type { KeyLifetime } from "./lifetimes"
import { withdrawInvitationsSentWith } from "./revoke"

// Settings → APIs: creating and revoking an account's keys, under the account's access lock, by someone who may
// open APIs and holds every role they give a key (or take from one).

const API_MODULE = moduleForPath("settings/apis")!
/** Active keys an account may have: every one of them is listed, so none can hide among many. */
export const ACTIVE_KEYS_AT_MOST = 50

/** Why a change of keys was refused, as a key of the `apiKeys.refusals` messages; `roles`, those the actor lacks. */
export type KeyRefusalReason = "cannot-manage" | "roles-not-held" | "too-many" | "not-found" | "holds-role-not-held"
export type KeyRefusal = { ok: false; kind: RefusalKind; reason: KeyRefusalReason; roles?: Role[] }
const CANNOT_MANAGE: KeyRefusal = { ok: false, kind: "forbidden", reason: "cannot-manage" }

export async function createApiKey(
  actor: Actor,
  input: { name: string; roles: Role[]; lifetime: KeyLifetime },
  now = new Date(),
): Promise<{ ok: true; key: string; prefix: string } | (KeyRefusal & { field?: "roles" })> {
  const roles = distinctRoles(input.roles)
  const accountId = actor.access.accountId
  return db.$transaction(async (tx) => {
    const grant = await lockAccountAccess(tx, accountId, actor.userId)
    if (!grant || !canOpen(grant, API_MODULE)) return CANNOT_MANAGE
    const notHeld = roles.filter((role) => !holdsRole(grant, role))
    if (notHeld.length > 0) return { ok: false as const, kind: "forbidden" as const, field: "roles" as const, reason: "roles-not-held" as const, roles: notHeld }
    if ((await tx.apiKey.count({ where: { accountId, revokedAt: null } })) >= ACTIVE_KEYS_AT_MOST) {
      return { ok: false as const, kind: "conflict" as const, reason: "too-many" as const }
    }
    const { key, keyHash, prefix } = newApiKey()
    const creator = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true } })
    await tx.apiKey.create({ data: { accountId, createdById: actor.userId, name: input.name, prefix, keyHash, roles, expiresAt: keyExpiry(input.lifetime, now) } })
    await recordAudit(tx, { accountId, ...madeBy(actor), action: "API_KEY_CREATED", targetEmail: creator.email, details: { name: input.name, roles } })
    return { ok: true as const, key, prefix }
  })
}

export async function revokeApiKey(actor: Actor, keyId: string, now = new Date()): Promise<{ ok: true; name: string } | KeyRefusal> {
  const accountId = actor.access.accountId
  return db.$transaction(async (tx) => {
    const grant = await lockAccountAccess(tx, accountId, actor.userId)
    if (!grant || !canOpen(grant, API_MODULE)) return CANNOT_MANAGE
    const key = await tx.apiKey.findFirst({ where: { id: keyId, accountId, revokedAt: null }, select: { name: true, roles: true, createdBy: { select: { email: true } } } })
    if (!key) return { ok: false as const, kind: "not-found" as const, reason: "not-found" as const }
    const notHeld = key.roles.filter((role) => !holdsRole(grant, role))
    if (notHeld.length > 0) return { ok: false as const, kind: "forbidden" as const, reason: "holds-role-not-held" as const, roles: notHeld }
    await tx.apiKey.update({ where: { id: keyId }, data: { revokedAt: now } })
    await withdrawInvitationsSentWith(tx, accountId, keyId, madeBy(actor))
    await recordAudit(tx, { accountId, ...madeBy(actor), action: "API_KEY_REVOKED", targetEmail: key.createdBy.email, details: { name: key.name } })
    return { ok: true as const, name: key.name }
  })
}

/** The account's keys, newest first, as Settings → APIs lists them. */
export async function listApiKeys(accountId: string) {
  return db.apiKey.findMany({
    where: { accountId },
    // Every active key (there are at most ACTIVE_KEYS_AT_MOST), then the latest revoked ones.
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
    take: ACTIVE_KEYS_AT_MOST + 50,
    select: { id: true, name: true, prefix: true, roles: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true, createdBy: { select: { name: true } } },
  })
}
