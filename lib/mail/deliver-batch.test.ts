import { expect, test } from "vitest"
import { db } from "@/lib/db"
import { deliverDueMails } from "./deliver"
import { queueMails } from "./outbox"
import { invitationData, outboxRow, queueInvitation, uniqueRecipient, useFakePostmark } from "@/tests/mail"

const postmark = useFakePostmark({ token: "test-server-token" })

/** Queues one invitation to each address, in order. */
async function queueTo(recipients: string[]) {
  const queued = []
  for (const to of recipients) queued.push(await queueInvitation({}, to))
  return queued
}

const answersOf = (report: Awaited<ReturnType<typeof deliverDueMails>>, recipientsById: Map<string, string>) =>
  Object.fromEntries(report.attempts.map((attempt) => [recipientsById.get(attempt.mailId), `${attempt.answer} → ${attempt.result}`]))

async function idsOf(recipients: string[]) {
  const rows = await db.outboxMail.findMany({ where: { to: { in: recipients } }, select: { id: true, to: true } })
  return new Map(rows.map((row) => [row.id, row.to]))
}

test("the mails due in one pass go out in a single batch call, each delivered once", async () => {
  const recipients = Array.from({ length: 5 }, () => uniqueRecipient())
  await queueTo(recipients)

  const report = await deliverDueMails({ recipients })

  expect(report).toMatchObject({ sent: 5, failed: 0, retried: 0 })
  expect(answersOf(report, await idsOf(recipients))).toEqual(Object.fromEntries(recipients.map((to) => [to, "accepted → sent"])))
  expect(postmark().calls()).toEqual([{ path: "/email/batch", messages: 5 }])
  expect(postmark().messages().map((message) => message.To).toSorted()).toEqual(recipients.toSorted())
  for (const to of recipients) expect(await outboxRow(to)).toMatchObject({ status: "SENT", attempts: 1, lastError: null })
})

test("a pass of more than 500 mails sends them in calls of at most 500, Postmark's limit", async () => {
  const recipients = Array.from({ length: 501 }, () => uniqueRecipient())
  await db.$transaction((tx) => queueMails(tx, recipients.map((to) => ({ to, template: "invitation" as const, data: invitationData() }))))

  // A generous limit for the 500-mail call: this test is about how the mails are split, not about a slow machine.
  expect(await deliverDueMails({ recipients, limit: 501, sendTimeoutMs: 120_000 })).toMatchObject({ sent: 501, failed: 0, retried: 0 })

  expect(postmark().calls().map((call) => call.messages).toSorted((a, b) => a - b)).toEqual([1, 500])
  expect(new Set(postmark().messages().map((message) => message.To))).toEqual(new Set(recipients))
})

test("a recipient Postmark refuses as inactive fails at once, without its link and without a retry; the rest of the batch is sent", async () => {
  const inactive = uniqueRecipient("inactive")
  const others = [uniqueRecipient(), uniqueRecipient()]
  const [, refused] = await queueTo([others[0]!, inactive, others[1]!])
  const recipients = [inactive, ...others]

  const report = await deliverDueMails({ recipients })

  expect(report).toMatchObject({ sent: 2, failed: 1, retried: 0 })
  expect(answersOf(report, await idsOf(recipients))).toEqual({
    [inactive]: "rejected_406 → failed",
    [others[0]!]: "accepted → sent",
    [others[1]!]: "accepted → sent",
  })
  const row = await outboxRow(inactive)
  expect(row).toMatchObject({ status: "FAILED", attempts: 1, sentAt: null })
  expect(row.lastError).toBe("Postmark error 406: You tried to send to recipient(s) that have been marked as inactive.")
  expect(JSON.stringify(row.payload)).not.toContain(refused!.data.acceptUrl)
  for (const to of others) expect(await outboxRow(to)).toMatchObject({ status: "SENT", attempts: 1 })

  // Nothing is left to retry, however long one waits.
  const muchLater = new Date(Date.now() + 24 * 3600_000)
  expect(await deliverDueMails({ now: muchLater, recipients })).toMatchObject({ sent: 0, failed: 0, retried: 0 })
  expect(postmark().calls()).toHaveLength(1)
})

test("when the whole batch call fails with a 500, every mail in it is retried, then each is delivered once", async () => {
  const recipients = Array.from({ length: 3 }, () => uniqueRecipient())
  await queueTo(recipients)
  postmark().failNext(1, "500")

  const failed = await deliverDueMails({ recipients })

  expect(failed).toMatchObject({ sent: 0, failed: 0, retried: 3 })
  expect(answersOf(failed, await idsOf(recipients))).toEqual(Object.fromEntries(recipients.map((to) => [to, "http_500 → retried"])))
  const rows = await Promise.all(recipients.map(outboxRow))
  for (const row of rows) {
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "HTTP 500: Fake Postmark: internal server error" })
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now())
  }

  const due = new Date(Math.max(...rows.map((row) => row.nextAttemptAt.getTime())))
  expect(await deliverDueMails({ now: due, recipients })).toMatchObject({ sent: 3, failed: 0, retried: 0 })
  expect(postmark().calls()).toEqual([
    { path: "/email/batch", messages: 3 },
    { path: "/email/batch", messages: 3 },
  ])
  expect(postmark().messages().map((message) => message.To).toSorted()).toEqual(recipients.toSorted())
})
