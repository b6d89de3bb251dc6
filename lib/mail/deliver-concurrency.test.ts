import { expect, test } from "vitest"
import { db } from "@/lib/db"
import { claimDueMails, LEASE_MS } from "./claim"
import { deliverDueMails, type DeliveryReport } from "./deliver"
import { outboxRow, queueInvitation, useFakePostmark } from "@/tests/mail"

const postmark = useFakePostmark({ token: "test-server-token" })

/** A deliverer as each app instance runs it: small passes until nothing is due. */
async function drain(recipients: string[], now: Date): Promise<number> {
  let sent = 0
  for (;;) {
    const report: DeliveryReport = await deliverDueMails({ now, recipients, limit: 2 })
    sent += report.sent
    if (report.sent + report.failed + report.retried === 0) return sent
  }
}

test("two deliverers draining the same outbox at once never send a mail twice", async () => {
  const queued = await Promise.all(Array.from({ length: 12 }, () => queueInvitation()))
  const recipients = queued.map((mail) => mail.to)
  const now = new Date(Date.now() + 1000)

  const [first, second] = await Promise.all([drain(recipients, now), drain(recipients, now)])

  expect(first + second).toBe(12)
  const received = postmark().messages().map((message) => message.To)
  expect(received.toSorted()).toEqual(recipients.toSorted())
  const rows = await db.outboxMail.findMany({ where: { to: { in: recipients } } })
  expect(rows.map((row) => row.status)).toEqual(Array(12).fill("SENT"))
})

test("a mail claimed by a deliverer that died is delivered by another once its lease is over", async () => {
  const { to } = await queueInvitation()
  const claimedAt = new Date(Date.now() + 1000)
  expect(await claimDueMails(claimedAt, 10, [to])).toHaveLength(1) // …and that process stops here

  const duringLease = new Date(claimedAt.getTime() + LEASE_MS - 1)
  expect(await deliverDueMails({ now: duringLease, recipients: [to] })).toMatchObject({ sent: 0, failed: 0, retried: 0 })
  const afterLease = new Date(claimedAt.getTime() + LEASE_MS)
  expect(await deliverDueMails({ now: afterLease, recipients: [to] })).toMatchObject({ sent: 1, failed: 0, retried: 0 })
  expect(await outboxRow(to)).toMatchObject({ status: "SENT" })
  expect(postmark().messages()).toHaveLength(1)
})
