import "server-only"
import type { Actor } from "@/lib/actions/authorize"
import { toAccess, type AccessRow } from "@/lib/access/check"
import { pool } from "@/lib/db"
import type { Role } from "@/lib/generated/prisma/enums"
import { boundByKey, canOpen, moduleForPath, type ModulePath } from "@/lib/modules"
import { apiError } from "./errors"
import { bearerKey, hashApiKey } from "./keys"

type KeyRow = AccessRow & {
  id: string
  keyAccountId: string
  keyRoles: Role[]
  createdById: string
  revoked: boolean
  expired: boolean
  stale: boolean
}

/**
 * Who a request's API key acts as in `accountId`, for `module`: the key's creator, with the key's roles bounded by
 * what the creator holds right now (read fresh, in one statement with the key: key, account, creator's membership
 * and two-factor). A refusal is the response to send: 401 for no key or one that does not work (malformed, unknown,
 * revoked, expired), 404 for another account's, 403 when the key or its creator may not open the module.
 */
export async function authenticateKey(authorization: string | null, accountId: string, module: ModulePath): Promise<{ ok: true; actor: Actor } | { ok: false; response: Response }> {
  const key = bearerKey(authorization)
  if (!key) return refuse401("Send an API key: Authorization: Bearer hf_live_…")
  const { rows } = await pool.query<KeyRow>({
    // The database's clock (columns hold UTC), as every check of a stored time here.
    text: `SELECT k."id", k."accountId" AS "keyAccountId", k."roles"::text[] AS "keyRoles", k."createdById",
        k."revokedAt" IS NOT NULL AS "revoked", coalesce(k."expiresAt" <= (now() AT TIME ZONE 'UTC'), false) AS "expired",
        coalesce(k."lastUsedAt" < (now() AT TIME ZONE 'UTC') - interval '1 minute', true) AS "stale",
        a."name", a."ownerId", m."roles"::text[] AS "roles", m."status"::text AS "status",
        a."requireTwoFactor", u."twoFactorEnabledAt" IS NOT NULL AS "hasTwoFactor"
      FROM "ApiKey" k
      JOIN "Account" a ON a."id" = k."accountId"
      JOIN "User" u ON u."id" = k."createdById"
      LEFT JOIN "Membership" m ON m."accountId" = k."accountId" AND m."userId" = k."createdById"
      WHERE k."keyHash" = $1`,
    values: [hashApiKey(key)],
  })
  const row = rows[0]
  if (!row) return refuse401("This API key is not valid.")
  if (row.revoked) return refuse401("This API key was revoked.")
  if (row.expired) return refuse401("This API key has expired.")
  if (row.keyAccountId !== accountId) return { ok: false, response: apiError("not_found", "This account does not exist, or the key does not belong to it.") }
  if (row.stale) await markKeyUsed(row.id)

  const access = toAccess(row.createdById, accountId, row)
  if (!access || access.status !== "ACTIVE" || access.twoFactorMissing) {
    return { ok: false, response: apiError("forbidden", "The person who created this key can no longer act in this account.") }
  }
  const grant = boundByKey(access.grant, row.keyRoles)
  const definition = moduleForPath(module)!
  if (!canOpen(grant, definition)) {
    return { ok: false, response: apiError("forbidden", `${definition.label} needs the ${definition.grantedBy.toLowerCase()} role, which this key does not have (or its creator no longer holds).`) }
  }
  return { ok: true, actor: { userId: row.createdById, access: { ...access, grant }, apiKey: { id: row.id, roles: row.keyRoles } } }
}

function refuse401(message: string): { ok: false; response: Response } {
  return { ok: false, response: apiError("invalid_key", message, { headers: { "www-authenticate": 'Bearer realm="Hitflow API"' } }) }
}

/** The key list shows when each key was last used, to the minute: written at most once a minute per key. */
async function markKeyUsed(keyId: string): Promise<void> {
  await pool.query({
    text: `UPDATE "ApiKey" SET "lastUsedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" = $1::uuid AND ("lastUsedAt" IS NULL OR "lastUsedAt" < (now() AT TIME ZONE 'UTC') - interval '1 minute')`,
    values: [keyId],
  })
}
