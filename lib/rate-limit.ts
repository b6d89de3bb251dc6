import "server-only"
import { db, type Tx } from "@/lib/db"
import { errorKey } from "@/lib/i18n/error-keys"

// Throttles count events in PostgreSQL (the RateLimitEvent table), so every app instance sees the same counts.

export type Limit = { max: number; windowMs: number }
export type Throttle = { limit: Limit; message: string }

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

export const SIGN_IN_THROTTLE: Throttle = {
  limit: { max: 10, windowMs: 15 * MINUTE },
  // The same words whether or not the email has an account.
  message: errorKey("signInsThrottled"),
}

export const INVITATION_THROTTLE: Throttle = {
  limit: { max: 50, windowMs: DAY },
  message: errorKey("accountInvitationsThrottled"),
}

/** Across all the accounts a person may invite to: a person in many accounts is still one sender. */
export const INVITER_THROTTLE: Throttle = {
  limit: { max: 100, windowMs: DAY },
  message: errorKey("inviterInvitationsThrottled"),
}

/** Direct sign-ups (not through an invitation link) from one client address. */
export const SIGN_UP_THROTTLE: Throttle = {
  limit: { max: 10, windowMs: 60 * MINUTE },
  message: errorKey("signUpsThrottled"),
}

/** Links mailed on request, per person or address: a mailbox cannot be flooded from our forms. */
export const EMAIL_LINK_THROTTLE: Throttle = {
  limit: { max: 3, windowMs: 60 * MINUTE },
  message: errorKey("emailLinksThrottled"),
}

/** Password reset requests from one client address, whatever the emails asked for. */
export const RESET_IP_THROTTLE: Throttle = {
  limit: { max: 10, windowMs: 60 * MINUTE },
  message: errorKey("resetLinksThrottled"),
}

/** Wrong authentication or recovery codes for one person, wherever they come from. */
export const TWO_FACTOR_THROTTLE: Throttle = {
  limit: { max: 5, windowMs: 15 * MINUTE },
  message: errorKey("codesThrottled"),
}

/** Downloads of one's own data: each is built from the database on request. */
export const EXPORT_THROTTLE: Throttle = {
  limit: { max: 5, windowMs: 60 * MINUTE },
  message: errorKey("exportsThrottled"),
}

/** One event to count under `key`, unless `key` already holds `limit.max` events in its window. */
export type Count = { key: string; limit: Limit }

/** No throttle counts further back than this; older events are deleted. */
const RETENTION_MS = DAY

export const throttleKeys = {
  signInEmail: (email: string) => `sign-in:email:${email}`,
  signInIp: (ip: string) => `sign-in:ip:${ip}`,
  invitationsOfAccount: (accountId: string) => `invite:account:${accountId}`,
  invitationsByPerson: (userId: string) => `invite:person:${userId}`,
  signUpIp: (ip: string) => `sign-up:ip:${ip}`,
  /** Failed sign-ins from a browser that signed in as that person before (lib/identity/device.ts). */
  signInDevice: (device: string) => `sign-in:device:${device}`,
  emailLinks: (email: string) => `email-links:${email}`,
  resetIp: (ip: string) => `reset:ip:${ip}`,
  twoFactor: (userId: string) => `two-factor:user:${userId}`,
  dataExport: (userId: string) => `export:user:${userId}`,
}

/** Every throttle key that names a person: deleting their user deletes these events too. */
export function keysNaming(person: { id: string; email: string }): string[] {
  return [
    throttleKeys.signInEmail(person.email),
    throttleKeys.emailLinks(person.email),
    throttleKeys.invitationsByPerson(person.id),
    throttleKeys.twoFactor(person.id),
    throttleKeys.dataExport(person.id),
  ]
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

/** What a count did: counted (with the ids of its events, for `uncount`), or nothing, because of these keys. */
export type Counted = { ok: true; eventIds: string[] } | { ok: false; atLimit: string[] }

/**
 * Counts one event under each key of `counts`, unless one of them already holds its limit's maximum in its window:
 * then nothing is counted. The keys are locked for the rest of `tx` (advisory locks, taken in a fixed order), so
 * parallel attempts queue for the count instead of all reading the same one.
 */
export async function countUnlessLimitedIn(tx: Tx, counts: Count[], now = new Date()): Promise<Counted> {
  if (counts.some(({ limit }) => limit.windowMs > RETENTION_MS)) throw new Error("A throttle window cannot be longer than the retention of its events.")
  const keys = counts.map((count) => count.key)
  // Volatile functions run in ORDER BY order (PostgreSQL ≥ 9.6): a fixed order, so two callers cannot deadlock.
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(${LOCK_SPACE}::int, h)
    FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(${keys}::text[]) AS k) AS hashes
    ORDER BY h`
  // After the locks, one statement: count, insert unless a key is at its limit, and prune a few expired rows (the
  // database's clock decides what expired, not the caller's `now`, which tests set freely; SKIP LOCKED keeps two
  // pruning writers from waiting on each other). Every part reads the snapshot taken once the locks were held.
  const maxes = counts.map((count) => count.limit.max)
  const sinces = counts.map((count) => new Date(now.getTime() - count.limit.windowMs))
  const [result] = await tx.$queryRaw<{ atLimit: string[] | null; eventIds: string[] | null }[]>`
    WITH pruned AS (
      DELETE FROM "RateLimitEvent" WHERE "id" IN (
        SELECT "id" FROM "RateLimitEvent"
        WHERE "createdAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${RETENTION_MS / 1000}::int)
        LIMIT 100 FOR UPDATE SKIP LOCKED
      )
    ), checks AS (
      SELECT * FROM unnest(${keys}::text[], ${maxes}::int[], ${sinces}::timestamp[]) AS c("key", "max", "since")
    ), at_limit AS (
      SELECT c."key" FROM checks c
      WHERE (SELECT count(*) FROM "RateLimitEvent" e WHERE e."key" = c."key" AND e."createdAt" > c."since") >= c."max"
    ), inserted AS (
      INSERT INTO "RateLimitEvent" ("id", "key", "createdAt")
      SELECT gen_random_uuid(), c."key", ${now} FROM checks c
      WHERE NOT EXISTS (SELECT 1 FROM at_limit)
      RETURNING "id"
    )
    SELECT (SELECT array_agg("key") FROM at_limit) AS "atLimit", (SELECT array_agg("id"::text) FROM inserted) AS "eventIds"`
  return result?.atLimit?.length ? { ok: false, atLimit: result.atLimit } : { ok: true, eventIds: result?.eventIds ?? [] }
}

/** `countUnlessLimitedIn` in a transaction of its own. */
export function countUnlessLimited(counts: Count[], now = new Date()): Promise<Counted> {
  return db.$transaction((tx) => countUnlessLimitedIn(tx, counts, now))
}

/** The same limit for each of `keys`. */
export function eachWith(limit: Limit, keys: string[]): Count[] {
  return keys.map((key) => ({ key, limit }))
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

