import "server-only"
import { appUrl } from "@/lib/app-url"
import { db } from "@/lib/db"
import type { Prisma } from "@/lib/generated/prisma/client"
import { retryDelay, whileLeased } from "@/lib/outbox/lease"
import { claimDueMails, LEASE_MS, type ClaimedMail } from "./claim"
import { postmarkSender } from "./postmark"
import { isMailTemplateName, renderMail, type MailTemplates } from "./templates"
import { mailMode, type Sender } from "./transport"

/** Delays before each retry: 2 s after the first failure, then 4 s, 8 s… (about 4 minutes in all). */
const RETRY_DELAYS_MS = [2, 4, 8, 16, 32, 64, 128].map((seconds) => seconds * 1000)
/** Attempts before a mail is given up and marked FAILED. */
export const RETRY_BUDGET = RETRY_DELAYS_MS.length + 1
export const DEFAULT_BATCH = 10
const DEFAULT_SEND_TIMEOUT_MS = 5_000
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

export type DeliveryReport = { sent: number; failed: number; retried: number }


/** One pass over the outbox: claims the mails that are due, sends them all at once, records each outcome. */
export async function deliverDueMails(options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, retried: 0 }
  const mode = mailMode()
  if (mode === "held") {
    warnHeldOnce()
    return report
  }
  const now = options.now ?? new Date()
  const mails = await claimDueMails(now, options.limit ?? DEFAULT_BATCH, options.recipients)
  if (mails.length === 0) return report
  const recordBefore = Date.now() + LEASE_MS / 2

  // Sent concurrently so one slow request cannot keep the rest of the batch past its lease.
  const send = mode === "postmark" ? postmarkSender(options.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS) : announceInMailbox
  const outcomes = await Promise.allSettled(
    mails.map(async (mail) => {
      const error = await attempt(mail, send)
      return whileLeased(() => record(mail, error, now, mode === "mailbox"), recordBefore)
    }),
  )
  for (const outcome of outcomes) {
    if (outcome.status === "rejected") throw outcome.reason // the database failed: the lease expires, the mail is retried
    report[outcome.value]++
  }
  return report
}

/** Renders and sends one mail; returns why it failed, if it did. */
async function attempt(mail: ClaimedMail, send: Sender): Promise<string | undefined> {
  try {
    if (!isMailTemplateName(mail.template)) throw new Error(`unknown mail template "${mail.template}"`)
    const rendered = await renderMail(mail.template, mail.payload as MailTemplates[typeof mail.template])
    await send({ to: mail.to, tag: mail.template, ...rendered })
    return undefined
  } catch (error) {
    return reasonOf(error)
  }
}

async function record(mail: ClaimedMail, error: string | undefined, now: Date, keepLinks: boolean): Promise<keyof DeliveryReport> {
  const where = { id: mail.id, status: "PENDING" as const }
  const attempts = mail.attempts + 1
  if (error === undefined) {
    await db.outboxMail.updateMany({
      where,
      data: { status: "SENT", sentAt: new Date(), attempts, lastError: null, ...(keepLinks ? {} : { payload: withoutSecrets(mail.payload) }) },
    })
    return "sent"
  }
  const delay = retryDelay(RETRY_DELAYS_MS, attempts)
  if (delay === null) {
    console.error(`[mail] ${mail.template} mail ${mail.id} FAILED after ${attempts} attempts: ${error}`)
    await db.outboxMail.updateMany({
      where,
      data: { status: "FAILED", attempts, lastError: error, payload: withoutSecrets(mail.payload) },
    })
    return "failed"
  }
  console.warn(`[mail] ${mail.template} mail ${mail.id} attempt ${attempts} failed, retrying in ${delay / 1000} s: ${error}`)
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

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 500)
  // Postmark's errors carry the HTTP status; class names are minified away in production builds.
  const status = (error as { statusCode?: number }).statusCode
  return (status ? `HTTP ${status}: ${error.message}` : error.message).slice(0, 500)
}

const announceInMailbox: Sender = async (mail) => {
  console.info(`[mail] "${mail.subject}" to ${mail.to}: read it at ${appUrl("/dev/mailbox")}`)
}

let heldWarned = false
function warnHeldOnce() {
  if (heldWarned) return
  heldWarned = true
  console.error("[mail] POSTMARK_SERVER_TOKEN is not set: mails stay queued in the outbox until it is.")
}
