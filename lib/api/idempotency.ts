import "server-only"
import crypto from "node:crypto"
import { db } from "@/lib/db"
import type { Prisma } from "@/lib/generated/prisma/client"
import type { ApiAnswer } from "./answer"
import { apiError } from "./errors"

// Idempotency-Key on POST, as Stripe does it: the first answer to a key (and body) is kept for 24 hours and given
// again to a retry, with no second effect. The same key with another body is 422; a retry while the first request is
// still running is 409. The row is claimed before the work runs, so racing duplicates cannot both do it.

const KEPT_MS = 24 * 60 * 60 * 1000
/** A claim still running after this long was left by a request that died: longer than any request may take. */
const ABANDONED_MS = 5 * 60 * 1000
const KEY = /^[\x21-\x7e]{1,255}$/

export function requestHash(method: string, path: string, body: string): string {
  return crypto.createHash("sha256").update(`${method} ${path}\n${body}`).digest("hex")
}

/** Whether an Idempotency-Key header is usable: printable, 1 to 255 characters. */
export function validIdempotencyKey(key: string): boolean {
  return KEY.test(key)
}

/**
 * Runs `run` once for an Idempotency-Key. Its answer is kept; a refusal (an error response: nothing was done) is
 * not, so the same key may be sent again once the cause is fixed.
 */
export async function idempotent(apiKeyId: string, key: string, hash: string, run: () => Promise<ApiAnswer | Response>): Promise<ApiAnswer | Response> {
  const now = Date.now()
  // Answers older than a day go (every key's: the createdAt index keeps this cheap), and so does a claim whose
  // request died before it ended (its process crashed): the key may be used again.
  await db.idempotentRequest.deleteMany({
    where: { OR: [{ createdAt: { lt: new Date(now - KEPT_MS) } }, { apiKeyId, key, status: null, createdAt: { lt: new Date(now - ABANDONED_MS) } }] },
  })
  const claimed = await db.idempotentRequest.createManyAndReturn({ data: [{ apiKeyId, key, requestHash: hash }], skipDuplicates: true, select: { id: true } })
  const claim = claimed[0]
  if (!claim) {
    const first = await db.idempotentRequest.findUnique({ where: { apiKeyId_key: { apiKeyId, key } } })
    if (!first) return apiError("conflict", "A request with this Idempotency-Key just ended. Send it again.")
    if (first.requestHash !== hash) return apiError("idempotency_conflict", "This Idempotency-Key was used with another request. Use a new key for a new request.")
    if (first.status === null) return apiError("conflict", "A request with this Idempotency-Key is still running. Retry in a moment.")
    return { status: first.status, body: first.response, replayed: true }
  }
  try {
    const answer = await run()
    if (answer instanceof Response) {
      await db.idempotentRequest.delete({ where: { id: claim.id } })
      return answer
    }
    await db.idempotentRequest.update({ where: { id: claim.id }, data: { status: answer.status, response: (answer.body ?? null) as Prisma.InputJsonValue } })
    return answer
  } catch (error) {
    // It may have done part of its work (a list of addresses is sent one by one): a retry gets this failure, as
    // Stripe answers, rather than doing that part twice.
    const failure = { error: { code: "server_error", message: "The request failed part way. Check the state before sending it again with a new Idempotency-Key." } }
    await db.idempotentRequest.update({ where: { id: claim.id }, data: { status: 500, response: failure } }).catch(() => {})
    throw error
  }
}
