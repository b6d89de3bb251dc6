import "server-only"
import { db, type Tx } from "@/lib/db"

// Throttles count events in PostgreSQL (the RateLimitEvent table), so every app instance sees the same counts.

export type Limit = { max: number; windowMs: number }
export type Throttle = { limit: Limit; message: string }

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

export const SIGN_IN_THROTTLE: Throttle = {
  limit: { max: 10, windowMs: 15 * MINUTE },
  // The same words whether or not the email has an account.
  message: "Too many failed sign-ins. Try again in 15 minutes.",
}

export const INVITATION_THROTTLE: Throttle = {
  limit: { max: 50, windowMs: DAY },
  message: "This account has sent 50 invitations in the last 24 hours. Try again later.",
}

/** No throttle counts further back than this; older events are deleted. */
const RETENTION_MS = DAY

export const throttleKeys = {
  signInEmail: (email: string) => `sign-in:email:${email}`,
  signInIp: (ip: string) => `sign-in:ip:${ip}`,
  invitationsOfAccount: (accountId: string) => `invite:account:${accountId}`,
}

/**
 * The client's IP address as the reverse proxy in front of the app reports it: the first X-Forwarded-For entry,
 * else X-Real-IP. Trustworthy only when that proxy overwrites these headers (a client can send its own).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim()
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown"
}

// The first key of pg_advisory_xact_lock(int, int): keeps these locks apart from any other advisory lock.
const LOCK_SPACE = 0x7261 // "ra"

/**
 * Counts one event under each of `keys`, unless one of them already holds `limit.max` events in the window:
 * then nothing is counted and null is returned. The keys are locked for the rest of `tx` (advisory locks, taken
 * in a fixed order), so parallel attempts queue for the count instead of all reading the same one.
 * Returns the ids of the events counted, for `uncount`.
 */
export async function countUnlessLimitedIn(tx: Tx, keys: string[], limit: Limit, now = new Date()): Promise<string[] | null> {
  if (limit.windowMs > RETENTION_MS) throw new Error("A throttle window cannot be longer than the retention of its events.")
  // Volatile functions run in ORDER BY order (PostgreSQL ≥ 9.6): a fixed order, so two callers cannot deadlock.
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(${LOCK_SPACE}::int, h)
    FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(${keys}::text[]) AS k) AS hashes
    ORDER BY h`
  // After the locks, one statement: count, insert unless a key is at its limit, and prune a few expired rows (the
  // database's clock decides what expired, not the caller's `now`, which tests set freely; SKIP LOCKED keeps two
  // pruning writers from waiting on each other). Every part reads the snapshot taken once the locks were held.
  const since = new Date(now.getTime() - limit.windowMs)
  const counted = await tx.$queryRaw<{ id: string }[]>`
    WITH pruned AS (
      DELETE FROM "RateLimitEvent" WHERE "id" IN (
        SELECT "id" FROM "RateLimitEvent"
        WHERE "createdAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${RETENTION_MS / 1000}::int)
        LIMIT 100 FOR UPDATE SKIP LOCKED
      )
    ), at_limit AS (
      SELECT "key" FROM "RateLimitEvent"
      WHERE "key" = ANY(${keys}::text[]) AND "createdAt" > ${since}
      GROUP BY "key" HAVING count(*) >= ${limit.max}
    )
    INSERT INTO "RateLimitEvent" ("id", "key", "createdAt")
    SELECT gen_random_uuid(), k, ${now} FROM unnest(${keys}::text[]) AS k
    WHERE NOT EXISTS (SELECT 1 FROM at_limit)
    RETURNING "id"`
  return counted.length > 0 ? counted.map((event) => event.id) : null
}

/** `countUnlessLimitedIn` in a transaction of its own. */
export function countUnlessLimited(keys: string[], limit: Limit, now = new Date()): Promise<string[] | null> {
  return db.$transaction((tx) => countUnlessLimitedIn(tx, keys, limit, now))
}

/** Takes counted events back, e.g. an attempt counted as a failure until it turned out right. */
export async function uncount(eventIds: string[]): Promise<void> {
  await db.rateLimitEvent.deleteMany({ where: { id: { in: eventIds } } })
}

/** Whether any of `keys` is at its limit now, counting nothing. */
export async function isAtLimit(keys: string[], limit: Limit, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - limit.windowMs)
  const counts = await db.rateLimitEvent.groupBy({ by: ["key"], where: { key: { in: keys }, createdAt: { gt: since } }, _count: { _all: true } })
  return counts.some((entry) => entry._count._all >= limit.max)
}

