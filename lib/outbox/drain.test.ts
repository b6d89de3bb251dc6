import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { db } from "@/lib/db"
import { drain, isDraining } from "@/lib/http/lifecycle"
import { sendInvitation } from "@/lib/invitations/send"
import { deliverDueMails } from "@/lib/mail/deliver"
import { deliverDueWebhooks } from "@/lib/webhooks/deliver"
import { addEndpoint } from "@/lib/webhooks/endpoints"
import { EVENT_TYPES } from "@/lib/webhooks/events"
import { actorFor, createPerson, uniqueEmail } from "@/tests/factories"
import { outboxRow, queueInvitation, useFakePostmark } from "@/tests/mail"
import { startDeliverer } from "./worker"

// The process-wide draining state (lib/http/lifecycle.ts) is put back after each test: in production it never ends.
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("hitflow.lifecycle")]
})

const postmark = useFakePostmark({ token: "test-server-token" })
// The endpoint is on 127.0.0.1, as in the webhook tests.
beforeAll(() => void (process.env.WEBHOOK_ALLOW_LOOPBACK = "1"))
afterAll(() => void delete process.env.WEBHOOK_ALLOW_LOOPBACK)

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((settle) => (resolve = settle))
  return { promise, resolve }
}

describe("a draining process's deliverers", () => {
  it("finish the pass under way, then start no other", async () => {
    const passUnderWay = deferred()
    let passes = 0
    startDeliverer(
      `drain-test-${Date.now()}`,
      async () => {
        passes++
        await passUnderWay.promise
        return 0
      },
      10,
    )
    expect(passes).toBe(1)
    let drained = false
    const draining = drain().then(() => (drained = true))
    await new Promise((resolve) => setTimeout(resolve, 1_500)) // a tick came and went
    expect(isDraining()).toBe(true)
    expect(drained).toBe(false)
    passUnderWay.resolve()
    await draining
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(passes).toBe(1)
  })

  it("give back a webhook delivery claimed but not yet posted, for another process to send at once", async () => {
    const owner = await createPerson("Dana Draining")
    const actor = await actorFor(owner.userId, owner.accountId)
    const endpoint = await addEndpoint(actor, { url: "http://127.0.0.1:9999/draining", description: "", events: [...EVENT_TYPES] })
    if (!endpoint.ok) throw new Error(endpoint.reason)
    await sendInvitation({ actor, email: uniqueEmail("drained"), roles: ["TECHNICAL"] })
    await drain()
    const posted: string[] = []
    const report = await deliverDueWebhooks({
      endpoints: [endpoint.id],
      post: async (_target, _headers, body) => {
        posted.push(body)
        return { status: 200, body: "" }
      },
    })
    expect(report).toEqual({ sent: 0, failed: 0, retried: 0 })
    expect(posted).toEqual([])
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } })
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 0 })
    expect(delivery.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now())
  })

  it("give back mails claimed but not yet handed to Postmark, for another process to send at once", async () => {
    const { to } = await queueInvitation()
    await drain()
    const report = await deliverDueMails({ recipients: [to] })
    expect(report).toMatchObject({ sent: 0, failed: 0, retried: 0 })
    expect(postmark().messages()).toEqual([])
    const mail = await outboxRow(to)
    expect(mail).toMatchObject({ status: "PENDING", attempts: 0 })
    expect(mail!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now())
  })
})
