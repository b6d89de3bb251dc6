import { describe, expect, test } from "vitest"
import { log } from "@/lib/observability/log"
import { deliverDueMails, RETRY_BUDGET } from "./deliver"
import { outboxRow, queueInvitation, useFakePostmark } from "@/tests/mail"

const postmark = useFakePostmark({ token: "test-server-token" })

/** One deliverer pass at the moment the mail is next due (the clock is moved, nothing sleeps); a hanging send gives up after 1 s. */
async function passWhenDue(to: string) {
  const { nextAttemptAt } = await outboxRow(to)
  return deliverDueMails({ now: nextAttemptAt, recipients: [to], sendTimeoutMs: 1_000 })
}

test("a queued invitation is delivered once through Postmark, then its secret link is forgotten", async () => {
  const { to, data } = await queueInvitation()

  expect(await deliverDueMails({ recipients: [to] })).toMatchObject({ sent: 1, failed: 0, retried: 0 })
  expect(await deliverDueMails({ recipients: [to] })).toMatchObject({ sent: 0, failed: 0, retried: 0 })

  const messages = postmark().messages()
  expect(messages).toHaveLength(1)
  const [message] = messages
  expect(message).toMatchObject({ To: to, From: "Hitflow Tests <tests@hitflow.example>", Subject: "Invitation to join \u201cAcme Production\u201d on Hitflow" })
  expect(message!.TextBody).toContain(data.acceptUrl)
  expect(message!.HtmlBody).toContain(`href="${data.acceptUrl}"`)

  const row = await outboxRow(to)
  expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null })
  expect(row.sentAt).toBeInstanceOf(Date)
  expect(row.payload).not.toHaveProperty("acceptUrl")
  expect(row.payload).toMatchObject({ accountName: "Acme Production", inviterName: "Ada Lovelace" })
})

describe.each([
  ["500", "http_500"],
  ["timeout", "timeout"],
] as const)("when Postmark answers %s for the first sends", (mode, answer) => {
  test("the mail is retried with growing delays and delivered exactly once after recovery", async () => {
    const { to } = await queueInvitation()
    const { id } = await outboxRow(to)
    postmark().failNext(3, mode)

    const delays: number[] = []
    for (let failure = 1; failure <= 3; failure++) {
      const due = (await outboxRow(to)).nextAttemptAt
      expect(await passWhenDue(to)).toEqual({ sent: 0, failed: 0, retried: 1, attempts: [{ mailId: id, answer, result: "retried" }] })
      const row = await outboxRow(to)
      expect(row).toMatchObject({ status: "PENDING", attempts: failure })
      expect(row.lastError).toBeTruthy()
      delays.push(row.nextAttemptAt.getTime() - due.getTime())
      const justBefore = new Date(row.nextAttemptAt.getTime() - 1)
      expect(await deliverDueMails({ now: justBefore, recipients: [to] })).toMatchObject({ sent: 0, failed: 0, retried: 0 })
    }
    expect(delays[0]).toBeGreaterThan(0)
    expect(delays[1]).toBeGreaterThan(delays[0]!)
    expect(delays[2]).toBeGreaterThan(delays[1]!)

    expect(await passWhenDue(to)).toEqual({ sent: 1, failed: 0, retried: 0, attempts: [{ mailId: id, answer: "accepted", result: "sent" }] })
    expect(await outboxRow(to)).toMatchObject({ status: "SENT", attempts: 4, lastError: null })
    expect(postmark().messages().filter((message) => message.To === to)).toHaveLength(1)
  })
})

test("a mail that keeps failing is marked FAILED after the retry budget, with the error and without its link", async () => {
  const { to, data } = await queueInvitation()
  postmark().failNext(1000, "500")

  const reports = []
  for (let attempt = 0; attempt < RETRY_BUDGET; attempt++) reports.push(await passWhenDue(to))

  expect(reports.slice(0, -1).every((report) => report.retried === 1)).toBe(true)
  expect(reports.at(-1)).toMatchObject({ sent: 0, failed: 1, retried: 0 })
  const row = await outboxRow(to)
  expect(row).toMatchObject({ status: "FAILED", attempts: RETRY_BUDGET, sentAt: null })
  expect(row.lastError).toBe("HTTP 500: Fake Postmark: internal server error")
  expect(row.payload).not.toHaveProperty("acceptUrl")
  expect(JSON.stringify(row.payload)).not.toContain(data.acceptUrl)
  expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ mailId: row.id, attempts: RETRY_BUDGET }), "mail FAILED, no more attempts")

  // A failed mail is left alone: no pass picks it up again.
  const muchLater = new Date(row.nextAttemptAt.getTime() + 24 * 3600_000)
  expect(await deliverDueMails({ now: muchLater, recipients: [to] })).toMatchObject({ sent: 0, failed: 0, retried: 0 })
  expect(postmark().messages()).toHaveLength(0)
})
