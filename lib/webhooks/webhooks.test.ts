import http from "node:http"
import type { AddressInfo } from "node:net"
import { Webhook } from "standardwebhooks"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createApiKey, revokeApiKey } from "@/lib/api/manage"
import { db } from "@/lib/db"
import { acceptInvitation, declineInvitation } from "@/lib/invitations/respond"
import { cancelInvitation } from "@/lib/invitations/cancel"
import { expireInvitations } from "@/lib/invitations/expire"
import { sendInvitation } from "@/lib/invitations/send"
import { changeMemberRoles } from "@/lib/members/change-roles"
import { leaveAccount, removeMember } from "@/lib/members/remove"
import { setMemberStatus } from "@/lib/members/set-status"
import { setTwoFactorRequirement } from "@/lib/two-factor/requirement"
import { actorFor, addMember, createPerson, invitationToken, turnOnTwoFactor, uniqueEmail } from "@/tests/factories"
import { isPublicAddress, resolveTarget } from "./address-guard"
import { deliverDueWebhooks } from "./deliver"
import { addEndpoint, revealSecret, rotateSecret, setEndpointEnabled } from "./endpoints"
import { EVENT_TYPES } from "./events"
import type { Post } from "./transport"

/** A receiver on 127.0.0.1 that answers as `answer` says for each request it gets, and keeps what it got. */
function receiver(answer: (count: number) => number | "hang") {
  const got: { headers: http.IncomingHttpHeaders; body: string }[] = []
  const server = http.createServer((request, response) => {
    let body = ""
    request.on("data", (chunk: Buffer) => (body += chunk.toString()))
    request.on("end", () => {
      got.push({ headers: request.headers, body })
      const status = answer(got.length)
      if (status === "hang") return // never answers: the deliverer's limit ends it
      response.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "thanks" : "nope")
    })
  })
  return {
    got,
    start: () => new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const loopback = (allowed: boolean) => {
  if (allowed) process.env.WEBHOOK_ALLOW_LOOPBACK = "1"
  else delete process.env.WEBHOOK_ALLOW_LOOPBACK
}

/** An owner's account with one endpoint on a local receiver (every event), and the endpoint's secret. */
async function accountWithEndpoint(url: string) {
  const owner = await createPerson("Wendy Webhook")
  const actor = await actorFor(owner.userId, owner.accountId)
  const added = await addEndpoint(actor, { url, description: "tests", events: [...EVENT_TYPES] })
  if (!added.ok) throw new Error(added.reason)
  const revealed = await revealSecret(actor, added.id)
  if (!revealed.ok) throw new Error("no secret")
  return { owner, actor, endpointId: added.id, secret: revealed.secret }
}

const eventsOf = async (endpointId: string) =>
  (await db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" } })).map((delivery) => delivery.payload as { type: string; data: Record<string, unknown> })

beforeAll(() => loopback(true))
afterAll(() => loopback(false))

describe("events", () => {
  it("every type is produced by its domain change, in its transaction, with the documented body and no token", async () => {
    const { owner, actor, endpointId } = await accountWithEndpoint("http://127.0.0.1:9999/unused")
    const guest = await createPerson("Gil Guest")
    const leaver = await createPerson("Lou Leaver")
    await addMember(owner.accountId, leaver.userId, ["TECHNICAL"])
    const sent = await sendInvitation({ actor, email: guest.email, roles: ["TECHNICAL"] })
    if (!sent.ok) throw new Error(sent.message)
    await sendInvitation({ actor, email: guest.email, roles: ["TECHNICAL"] }) // resent
    await acceptInvitation({ token: await invitationToken(sent.invitationId), userId: guest.userId })
    const membership = await db.membership.findUniqueOrThrow({ where: { accountId_userId: { accountId: owner.accountId, userId: guest.userId } } })
    await changeMemberRoles({ actor, membershipId: membership.id, roles: ["TECHNICAL", "BILLING"] })
    await setMemberStatus({ actor, membershipId: membership.id, status: "DISABLED" })
    await setMemberStatus({ actor, membershipId: membership.id, status: "ACTIVE" })
    await removeMember({ actor, membershipId: membership.id })
    await leaveAccount({ userId: leaver.userId, accountId: owner.accountId })
    const declined = await sendInvitation({ actor, email: uniqueEmail("decliner"), roles: ["ADMIN"] })
    const declinerEmail = (await db.invitation.findUniqueOrThrow({ where: { id: (declined as { invitationId: string }).invitationId } })).email
    const decliner = await createPerson("Dee Decliner", declinerEmail)
    await declineInvitation({ token: await invitationToken((declined as { invitationId: string }).invitationId), userId: decliner.userId })
    const cancelled = await sendInvitation({ actor, email: uniqueEmail("cancelled"), roles: ["TECHNICAL"] })
    await cancelInvitation({ actor, invitationId: (cancelled as { invitationId: string }).invitationId })
    const expiring = await sendInvitation({ actor, email: uniqueEmail("expiring"), roles: ["TECHNICAL"], now: new Date(Date.now() - 100 * 3600_000) })
    await expireInvitations()
    const key = await createApiKey(actor, { name: "Hooks", roles: ["ADMIN"], lifetime: "30" })
    await revokeApiKey(actor, (await db.apiKey.findFirstOrThrow({ where: { accountId: owner.accountId, name: "Hooks" } })).id)
    await turnOnTwoFactor(owner.userId)
    await setTwoFactorRequirement(await actorFor(owner.userId, owner.accountId), true)
    expect(key.ok && expiring.ok).toBe(true)

    const events = await eventsOf(endpointId)
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(EVENT_TYPES))
    const changed = events.find((event) => event.type === "member.roles_changed")!
    expect(changed.data).toEqual({
      account_id: owner.accountId,
      actor: { user_id: owner.userId, email: owner.email, api_key_id: null },
      subject: { email: guest.email },
      roles_before: ["TECHNICAL"],
      roles_after: ["TECHNICAL", "BILLING"],
    })
    expect(events.find((event) => event.type === "invitation.sent")!.data).toMatchObject({ subject: { email: guest.email }, roles_after: ["TECHNICAL"] })
    expect(events.find((event) => event.type === "invitation.expired")!.data).toMatchObject({ actor: null })
    // Never a link, a token or a hash.
    expect(JSON.stringify(events)).not.toMatch(/https?:\/\/|token|hash|hf_live_/i)
  })

  it("goes only to enabled endpoints that take its type", async () => {
    const { owner, actor, endpointId } = await accountWithEndpoint("http://127.0.0.1:9999/unused")
    const picky = await addEndpoint(actor, { url: "http://127.0.0.1:9999/picky", description: "", events: ["member.left"] })
    await setEndpointEnabled(actor, endpointId, false)
    await sendInvitation({ actor, email: uniqueEmail("nobody-hears"), roles: ["TECHNICAL"] })
    expect(await db.webhookDelivery.count({ where: { endpoint: { accountId: owner.accountId } } })).toBe(0)
    expect(picky.ok).toBe(true)
  })
})

describe("delivery", () => {
  it("signs by the Standard Webhooks specification, with both secrets during a rotation", async () => {
    const local = receiver(() => 204)
    const { actor, endpointId, secret } = await accountWithEndpoint(await local.start())
    try {
      await sendInvitation({ actor, email: uniqueEmail("signed"), roles: ["TECHNICAL"] })
      await deliverDueWebhooks({ endpoints: [endpointId] })
      await rotateSecret(actor, endpointId)
      const rotated = await revealSecret(actor, endpointId)
      await sendInvitation({ actor, email: uniqueEmail("rotated"), roles: ["TECHNICAL"] })
      await deliverDueWebhooks({ endpoints: [endpointId] })
      expect(local.got).toHaveLength(2)
      const [before, during] = local.got
      const verify = (key: string, { headers, body }: { headers: http.IncomingHttpHeaders; body: string }) =>
        new Webhook(key).verify(body, { "webhook-id": String(headers["webhook-id"]), "webhook-timestamp": String(headers["webhook-timestamp"]), "webhook-signature": String(headers["webhook-signature"]) })
      expect(verify(secret, before!)).toMatchObject({ type: "invitation.sent" })
      expect(() => verify(rotated.ok ? rotated.secret : "", before!)).toThrow()
      // During the rotation either secret verifies the same message.
      expect(verify(secret, during!)).toMatchObject({ type: "invitation.sent" })
      expect(verify(rotated.ok ? rotated.secret : "", during!)).toMatchObject({ type: "invitation.sent" })
    } finally {
      await local.stop()
    }
  })

  it("gets an event through a 500 and a hang to a 200 exactly once, with the same webhook-id each time", async () => {
    const local = receiver((count) => (count === 1 ? 500 : count === 2 ? "hang" : 200))
    const { actor, endpointId } = await accountWithEndpoint(await local.start())
    try {
      await sendInvitation({ actor, email: uniqueEmail("retried"), roles: ["TECHNICAL"] })
      let now = new Date()
      const passes = []
      for (let pass = 0; pass < 3; pass++) {
        passes.push(await deliverDueWebhooks({ endpoints: [endpointId], now, timeoutMs: 500 }))
        now = new Date(now.getTime() + 6 * 60 * 60 * 1000) // past any retry delay so far
      }
      expect(passes.map((report) => [report.sent, report.retried])).toEqual([[0, 1], [0, 1], [1, 0]])
      expect(await deliverDueWebhooks({ endpoints: [endpointId], now })).toEqual({ sent: 0, failed: 0, retried: 0 })
      expect(new Set(local.got.map((request) => request.headers["webhook-id"])).size).toBe(1)
      const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId }, include: { attemptLog: { orderBy: { createdAt: "asc" } } } })
      expect(delivery).toMatchObject({ status: "SENT", attempts: 3 })
      expect(delivery.attemptLog.map((attempt) => attempt.statusCode)).toEqual([500, null, 200])
      expect(delivery.attemptLog[2]!.response).toBe("thanks")
    } finally {
      await local.stop()
    }
  })

  it("keeps the first 1 KB of an answer as readable text, whatever bytes it held, and one unreadable secret blocks no other delivery", async () => {
    const server = http.createServer((_request, response) => response.writeHead(200).end(`ok\u0000\u202e${"x".repeat(5000)}`))
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const { actor, endpointId } = await accountWithEndpoint(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`)
    const broken = await accountWithEndpoint(`http://127.0.0.1:${(server.address() as AddressInfo).port}/broken`)
    try {
      // As if sealed under another TWO_FACTOR_ENCRYPTION_KEY.
      await db.webhookEndpoint.update({ where: { id: broken.endpointId }, data: { secret: (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).secret } })
      await sendInvitation({ actor, email: uniqueEmail("bytes"), roles: ["TECHNICAL"] })
      await sendInvitation({ actor: broken.actor, email: uniqueEmail("unreadable"), roles: ["TECHNICAL"] })
      expect(await deliverDueWebhooks({ endpoints: [endpointId, broken.endpointId] })).toEqual({ sent: 1, failed: 0, retried: 1 })
      const [kept] = await db.webhookAttempt.findMany({ where: { delivery: { endpointId } } })
      expect(kept!.response.startsWith("ok\uFFFD\uFFFDxxx")).toBe(true)
      expect(kept!.response.length).toBeLessThanOrEqual(1024)
      const [unreadable] = await db.webhookAttempt.findMany({ where: { delivery: { endpointId: broken.endpointId } } })
      expect(unreadable!.error).toContain("TWO_FACTOR_ENCRYPTION_KEY")
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it("two deliverers draining the same outbox never send an event twice", async () => {
    const local = receiver(() => 200)
    const { actor, endpointId } = await accountWithEndpoint(await local.start())
    try {
      for (let index = 0; index < 12; index++) await sendInvitation({ actor, email: uniqueEmail(`many-${index}`), roles: ["TECHNICAL"] })
      await Promise.all([deliverDueWebhooks({ endpoints: [endpointId], limit: 4 }), deliverDueWebhooks({ endpoints: [endpointId], limit: 4 })])
      await Promise.all([deliverDueWebhooks({ endpoints: [endpointId], limit: 4 }), deliverDueWebhooks({ endpoints: [endpointId], limit: 4 })])
      const ids = local.got.map((request) => request.headers["webhook-id"])
      expect(ids).toHaveLength(12)
      expect(new Set(ids).size).toBe(12)
    } finally {
      await local.stop()
    }
  })

  it("disables an endpoint that has failed for 3 days, and mails the owner; a disabled endpoint gets nothing", async () => {
    const posted: string[] = []
    const failing: Post = async () => {
      posted.push("x")
      return { status: 503, body: "down" }
    }
    const { owner, actor, endpointId } = await accountWithEndpoint("http://127.0.0.1:9999/down")
    await sendInvitation({ actor, email: uniqueEmail("down"), roles: ["TECHNICAL"] })
    const start = new Date()
    await deliverDueWebhooks({ endpoints: [endpointId], post: failing, now: start })
    await sendInvitation({ actor, email: uniqueEmail("down-later"), roles: ["TECHNICAL"] })
    await db.webhookDelivery.updateMany({ where: { endpointId }, data: { nextAttemptAt: start } })
    await deliverDueWebhooks({ endpoints: [endpointId], post: failing, now: new Date(start.getTime() + 3 * 24 * 3600_000 + 1000) })
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).toMatchObject({ disabledReason: "failing" })
    expect(await db.outboxMail.count({ where: { to: owner.email, template: "webhook-disabled" } })).toBe(1)
    const tries = posted.length
    await sendInvitation({ actor, email: uniqueEmail("ignored"), roles: ["TECHNICAL"] })
    await db.webhookDelivery.updateMany({ where: { endpointId }, data: { nextAttemptAt: start } })
    await deliverDueWebhooks({ endpoints: [endpointId], post: failing, now: new Date(start.getTime() + 4 * 24 * 3600_000) })
    expect(posted.length).toBe(tries)
  })
})

describe("the SSRF guard", () => {
  it("takes only public unicast addresses; loopback only in the tests' setting", () => {
    loopback(false)
    for (const address of ["127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::7f00:1", "224.0.0.1", "not an ip"]) {
      expect(isPublicAddress(address), address).toBe(false)
    }
    for (const address of ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"]) expect(isPublicAddress(address), address).toBe(true)
    loopback(true)
    expect(isPublicAddress("127.0.0.1")).toBe(true)
    expect(isPublicAddress("10.0.0.1")).toBe(false)
  })

  it("refuses such URLs when saved and at delivery, and never reaches the connect step for them", async () => {
    loopback(false)
    const neverResolves = async () => {
      throw new Error("no name should be resolved here")
    }
    for (const url of ["https://127.0.0.1/", "https://10.0.0.1/hooks", "https://169.254.169.254/latest/meta-data", "https://[::1]/", "https://2130706433/", "https://0x7f.1/"]) {
      const checked = await resolveTarget(url, neverResolves)
      expect(checked.ok, url).toBe(false)
    }
    // A name that resolves to a private address is refused after resolution, before any connection.
    expect(await resolveTarget("https://internal.example/", async () => [{ address: "10.1.2.3", family: 4 }])).toMatchObject({ ok: false })
    expect(await resolveTarget("http://93.184.216.34/")).toEqual({ ok: false, problem: "not-https" })
    expect(await resolveTarget("https://[::127.0.0.1]/", neverResolves)).toMatchObject({ ok: false })
    // Neither well-known service ports nor, in a refusal, the address a name leads to.
    expect(await resolveTarget("https://93.184.216.34:22/")).toEqual({ ok: false, problem: "port" })
    // The refusal is a reason whose sentence takes no value: it cannot name the address.
    expect(await resolveTarget("https://db.internal.example/", async () => [{ address: "10.9.8.7", family: 4 }])).toEqual({ ok: false, problem: "private" })

    // At delivery: an endpoint saved while it resolved elsewhere, now on a refused address, is never posted to.
    loopback(true)
    const { actor, endpointId } = await accountWithEndpoint("https://127.0.0.1:9999/saved-in-tests")
    loopback(false)
    await sendInvitation({ actor, email: uniqueEmail("guarded"), roles: ["TECHNICAL"] })
    const connect: Post = async () => {
      throw new Error("the connect step was reached for a refused address")
    }
    expect(await deliverDueWebhooks({ endpoints: [endpointId], post: connect })).toEqual({ sent: 0, failed: 0, retried: 1 })
    const attempt = await db.webhookAttempt.findFirstOrThrow({ where: { delivery: { endpointId } } })
    expect(attempt.error).toContain("private, local or reserved")
    loopback(true)
  })
})
