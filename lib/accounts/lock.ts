import "server-only"
import { Prisma } from "@/lib/generated/prisma/client"
import { ACCESS_COLUMNS, activeGrant, toAccess, type AccessRow } from "@/lib/access/check"
import type { Tx } from "@/lib/db"
import type { Actor } from "@/lib/actions/authorize"
import type { Refusal } from "@/lib/refusal"
import { boundByKey, grantableRoles, type Grant } from "@/lib/modules"
import { errorKey } from "@/lib/i18n/error-keys"

/**
 * Every change of who may do what in an account (invite, accept, cancel, edit roles, disable, delete, leave) takes
 * this lock first, so such changes in one account happen one after another: an invitation cannot be accepted while
 * the right of the person who sent it is being taken away, and no two of them can wait on each other's rows.
 * NO KEY UPDATE still lets rows that reference the account be inserted meanwhile.
 *
 * Returns what `userId` holds in the account now, under the lock (null: no active access), for the change to be
 * judged by the authority that holds at this moment, not by what a request read a moment before.
 */
export async function lockAccountAccess(tx: Tx, accountId: string, userId: string): Promise<Grant | null> {
  const [row] = await tx.$queryRaw<AccessRow[]>`
    SELECT ${Prisma.raw(ACCESS_COLUMNS)}
    FROM "Account" a
    LEFT JOIN "Membership" m ON m."accountId" = a."id" AND m."userId" = ${userId}::uuid
    LEFT JOIN "User" u ON u."id" = ${userId}::uuid
    WHERE a."id" = ${accountId}::uuid
    FOR NO KEY UPDATE OF a`
  return activeGrant(toAccess(userId, accountId, row))
}

export const NO_LONGER_MANAGES_ACCESS = errorKey("noLongerManagesAccess")

/**
 * The account's access lock for a change made by `actor`, who must still manage access there (the role table's
 * Users module): what they hold now (bounded by their API key, if they act through one), or why they may not go on.
 */
export async function lockForAccessChange(tx: Tx, actor: Actor): Promise<{ ok: true; grant: Grant } | Refusal> {
  const held = await lockAccountAccess(tx, actor.access.accountId, actor.userId)
  // A key revoked (or expired) since the request began is refused here: its row is read under a share lock, so a
  // revocation waits for this change or comes after it.
  if (actor.apiKey && !(await keyStillValid(tx, actor.apiKey.id))) return { ok: false, kind: "forbidden", message: errorKey("apiKeyRevoked") }
  const grant = held && actor.apiKey ? boundByKey(held, actor.apiKey.roles) : held
  return grant && grantableRoles(grant).length > 0 ? { ok: true, grant } : { ok: false, kind: "forbidden", message: NO_LONGER_MANAGES_ACCESS }
}

async function keyStillValid(tx: Tx, keyId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM "ApiKey"
    WHERE "id" = ${keyId}::uuid AND "revokedAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > now() AT TIME ZONE 'UTC')
    FOR SHARE`
  return rows.length === 1
}
