import "server-only"
import type { SendOutcome } from "./transport"

/**
 * Postmark's own error codes that condemn one mail as it is (https://postmarkapp.com/developer/api/overview#error-codes):
 * 300 invalid email request (e.g. a malformed address), 406 inactive recipient (the address bounced, complained or
 * unsubscribed), 411 forbidden attachment type. Sending that mail again can only be refused again, so it fails at once.
 * Every other refusal is about the call or the account and is fixed by time or an operator, so it is retried:
 * 10 bad token, 100 maintenance, 400/401 sender signature, 405 not allowed to send, 412/413 account, 429 rate limit,
 * 5xx, timeouts, network errors.
 */
const REFUSED_FOR_GOOD = new Set([300, 406, 411])

/** One message's entry in Postmark's batch answer (missing when the answer has fewer entries than messages). */
export function outcomeOfBatchEntry(entry: { ErrorCode: number; Message: string } | undefined): SendOutcome {
  if (!entry) return { status: "failed", answer: "bad_answer", error: "Postmark's batch answer has no entry for this mail" }
  if (entry.ErrorCode === 0) return { status: "accepted", answer: "accepted" }
  return {
    status: REFUSED_FOR_GOOD.has(entry.ErrorCode) ? "refused" : "failed",
    answer: `rejected_${entry.ErrorCode}`,
    error: `Postmark error ${entry.ErrorCode}: ${entry.Message}`.slice(0, 500),
  }
}

/**
 * A batch call that failed as a whole (an HTTP error status, a timeout, no connection): no message in it was judged
 * on its own, so every one is retried.
 */
export function outcomeOfFailedCall(error: unknown): SendOutcome {
  const reason = error instanceof Error ? error.message : String(error)
  // Postmark's errors carry the HTTP status; class names are minified away in production builds.
  const status = (error as { statusCode?: number } | null)?.statusCode
  if (status) return { status: "failed", answer: `http_${status}`, error: `HTTP ${status}: ${reason}`.slice(0, 500) }
  // The client gives up through AbortSignal.timeout ("…aborted due to timeout"); any other failure never got an answer.
  return { status: "failed", answer: /timeout/i.test(reason) ? "timeout" : "network", error: reason.slice(0, 500) }
}
