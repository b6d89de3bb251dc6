import "server-only"
import { db } from "@/lib/db"
import type { Prisma } from "@/lib/generated/prisma/client"
import { isDraining } from "@/lib/http/lifecycle"
import { countMailAttempt } from "@/lib/observability/metrics"
import { log } from "@/lib/observability/log"
import { releaseClaims, retryDelay, whileLeased } from "@/lib/outbox/lease"
import { claimDueMails, LEASE_MS, type ClaimedMail } from "./claim"
import { postmarkSender } from "./postmark"
import { readerOf } from "./reader"
import { isMailTemplateName, renderMail, type MailTemplates } from "./templates"
import { mailMode, type OutgoingMail, type Sender, type SendOutcome } from "./transport"

/** Delays before each retry: 2 s after the first failure, then 4 s, 8 s… (about 4 minutes in all). */
const RETRY_DELAYS_MS = [2, 4, 8, 16, 32, 64, 128].map((seconds) => seconds * 1000)
/** Attempts before a mail is given up and marked FAILED. */
export const RETRY_BUDGET = RETRY_DELAYS_MS.length + 1
/**
 * Mails claimed by one pass, all sent in one Postmark batch call. Rendering them takes about a second and the call is
 * given up after DEFAULT_SEND_TIMEOUT_MS, so every outcome is recorded long before the 60 s lease ends; larger
 * batches would gain little and put more mails behind one slow call.
 */
export const DEFAULT_BATCH = 100
/** The whole batch call: 100 invitations are about 0.6 MB, which Postmark takes in far less. */
const DEFAULT_SEND_TIMEOUT_MS = 10_000
/** Payload fields that are secrets (each token lives only in its link) and must not outlive delivery. */
const SECRET_FIELDS = ["acceptUrl", "confirmUrl", "resetUrl"]

export type DeliveryOptions = {
  /** The pass's clock: what is due, and when retries are scheduled. */
  now?: Date
  /** Most mails claimed by this pass. */
  limit?: number
  /** Only mails to these addresses (tests share one database). */
  recipients?: string[]
  sendTimeoutMs?: number
}

type Result = "sent" | "failed" | "retried"
/** One mail's attempt in a pass: what the provider answered (SendOutcome's `answer`) and what was recorded. */
export type MailAttempt = { mailId: string; answer: string; result: Result }
export type DeliveryReport = Record<Result, number> & { attempts: MailAttempt[] }

/** One pass over the outbox: claims the mails that are due, sends them all at once, records each outcome. */
export async function deliverDueMails(options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, retried: 0, attempts: [] }
  const mode = mailMode()
  if (mode === "held") {
    warnHeldOnce()
    return report
  }
  const now = options.now ?? new Date()
  const mails = await claimDueMails(now, options.limit ?? DEFAULT_BATCH, options.recipients)
  if (mails.length === 0) return report
  const recordBefore = Date.now() + LEASE_MS / 2

  const send = mode === "postmark" ? postmarkSender(options.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS) : announceInMailbox
  const rendered = await renderEach(mails)
  // The process began draining (SIGTERM) while rendering: nothing went to Postmark yet, so another process takes
  // these mails at once rather than after the lease.
  if (isDraining()) {
    await releaseClaims("OutboxMail", mails.map((mail) => mail.id))
    return report
  }
  const outcomes = await sendRendered(rendered, send)
  const recorded = await Promise.allSettled(mails.map((mail, index) => whileLeased(() => record(mail, outcomes[index]!, now, mode === "mailbox"), recordBefore)))
  for (const [index, result] of recorded.entries()) {
    if (result.status === "rejected") throw result.reason // the database failed: the lease expires, the mail is retried
    report[result.value]++
    countMailAttempt(outcomes[index]!.answer, result.value)
    report.attempts.push({ mailId: mails[index]!.id, answer: outcomes[index]!.answer, result: result.value })
  }
  return report
}

/** Renders every mail, or says why it cannot, in order. */
async function renderEach(mails: ClaimedMail[]): Promise<(OutgoingMail | SendOutcome)[]> {
  // One after another: rendering is CPU work on this one thread, and a whole batch at once would hold every mail's
  // intermediate tree in the server's small heap together.
  const rendered: (OutgoingMail | SendOutcome)[] = []
  for (const mail of mails) rendered.push(await render(mail))
  return rendered
}

/** Sends the mails that rendered in one go; answers each mail's outcome, in order. */
async function sendRendered(rendered: (OutgoingMail | SendOutcome)[], send: Sender): Promise<SendOutcome[]> {
  const answers = (await send(rendered.filter((item): item is OutgoingMail => !("status" in item)))).values()
  return rendered.map((item) => ("status" in item ? item : answers.next().value!))
}

/** The mail as it goes out, or why it cannot (retried: a template fix is deployed meanwhile). */
async function render(mail: ClaimedMail): Promise<OutgoingMail | SendOutcome> {
  try {
    if (!isMailTemplateName(mail.template)) throw new Error(`unknown mail template "${mail.template}"`)
    const rendered = await renderMail(mail.template, mail.payload as MailTemplates[typeof mail.template], readerOf(mail))
    return { to: mail.to, tag: mail.template, ...rendered }
  } catch (error) {
    return { status: "failed", answer: "render_error", error: (error instanceof Error ? error.message : String(error)).slice(0, 500) }
  }
}

async function record(mail: ClaimedMail, outcome: SendOutcome, now: Date, keepLinks: boolean): Promise<Result> {
  const where = { id: mail.id, status: "PENDING" as const }
  const attempts = mail.attempts + 1
  if (outcome.status === "accepted") {
    await db.outboxMail.updateMany({
      where,
      data: { status: "SENT", sentAt: new Date(), attempts, lastError: null, ...(keepLinks ? {} : { payload: withoutSecrets(mail.payload) }) },
    })
    return "sent"
  }
  const error = outcome.error
  const delay = outcome.status === "refused" ? null : retryDelay(RETRY_DELAYS_MS, attempts)
  if (delay === null) {
    log.error({ mailId: mail.id, template: mail.template, attempts, answer: outcome.answer, err: error }, "mail FAILED, no more attempts")
    await db.outboxMail.updateMany({
      where,
      data: { status: "FAILED", attempts, lastError: error, payload: withoutSecrets(mail.payload) },
    })
    return "failed"
  }
  log.warn({ mailId: mail.id, template: mail.template, attempts, answer: outcome.answer, retryInSeconds: delay / 1000, err: error }, "mail attempt failed, retrying")
  await db.outboxMail.updateMany({
    where,
    data: { attempts, lastError: error, nextAttemptAt: new Date(now.getTime() + delay) },
  })
  return "retried"
}

function withoutSecrets(payload: Prisma.JsonValue): Prisma.InputJsonValue {
  if (payload === null || typeof payload !== "object" || Array.isArray(payload)) return payload ?? {}
  return Object.fromEntries(Object.entries(payload).filter(([key]) => !SECRET_FIELDS.includes(key))) as Prisma.InputJsonObject
}

const announceInMailbox: Sender = async (mails) =>
  mails.map((mail) => {
    log.info({ subject: mail.subject, to: mail.to }, "mail kept for the development mailbox: read it at /dev/mailbox")
    return { status: "accepted", answer: "mailbox" }
  })

let heldWarned = false
function warnHeldOnce() {
  if (heldWarned) return
  heldWarned = true
  log.error("POSTMARK_SERVER_TOKEN is not set: mails stay queued in the outbox until it is.")
}
