import { afterEach, describe, expect, test } from "vitest"
import { log } from "@/lib/observability/log"
import { deliverDueMails } from "./deliver"
import { outboxRow, queueInvitation, useFakePostmark } from "@/tests/mail"

// A fake Postmark is listening (POSTMARK_API_URL points at it), but no token is set.
const postmark = useFakePostmark({ token: undefined })

describe("without POSTMARK_SERVER_TOKEN", () => {
  const nodeEnv = process.env.NODE_ENV
  afterEach(() => {
    ;(process.env as Record<string, string | undefined>).NODE_ENV = nodeEnv
  })

  test("in development a mail goes to the development mailbox: nothing is sent, the link is kept to be clicked", async () => {
    const { to, data } = await queueInvitation()

    expect(await deliverDueMails({ recipients: [to] })).toMatchObject({ sent: 1, failed: 0, retried: 0 })

    expect(postmark().messages()).toHaveLength(0)
    const row = await outboxRow(to)
    expect(row).toMatchObject({ status: "SENT", attempts: 1 })
    expect(row.payload).toMatchObject({ acceptUrl: data.acceptUrl })
  })

  test("in production a mail stays queued rather than being dropped, until a token is configured", async () => {
    const { to } = await queueInvitation()
    ;(process.env as Record<string, string | undefined>).NODE_ENV = "production"

    expect(await deliverDueMails({ recipients: [to] })).toMatchObject({ sent: 0, failed: 0, retried: 0 })

    expect(postmark().messages()).toHaveLength(0)
    expect(await outboxRow(to)).toMatchObject({ status: "PENDING", attempts: 0 })
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining("POSTMARK_SERVER_TOKEN is not set"))
  })
})
