import { describe, expect, it } from "vitest"
import { db } from "@/lib/db"
import { sendInvitation } from "@/lib/invitations/send"
import { offerTransfer } from "@/lib/ownership/transfer"
import { throttleKeys } from "@/lib/rate-limit"
import { actorFor, addMember, createPerson, turnOnTwoFactor } from "@/tests/factories"
import { deleteUser } from "./delete-user"
import { exportPersonalData } from "./export"

/**
 * A person with something in every table: an account they own (a member, a pending invitation, a transfer on
 * offer), a membership elsewhere where they invited someone, sessions, a mailed link, security activity, two-factor
 * with recovery codes, a sign-in challenge, throttle events and mails waiting for them.
 */
async function busyPerson() {
  const created = await createPerson("Dora Departing")
  const person = { ...created, id: created.userId }
  const member = await createPerson("Mo Member")
  const host = await createPerson("Hana Host")
  await addMember(person.accountId, member.userId, ["TECHNICAL", "ADMIN"])
  const membership = await addMember(host.accountId, person.userId, ["ADMIN", "TECHNICAL"])
  const actor = await actorFor(person.userId, person.accountId)
  await sendInvitation({ actor, email: "guest-owned@example.test", roles: ["TECHNICAL"] })
  await sendInvitation({ actor: await actorFor(person.userId, host.accountId), email: "guest-hosted@example.test", roles: ["TECHNICAL"] })
  await offerTransfer(actor, (await db.membership.findFirstOrThrow({ where: { accountId: person.accountId } })).id)
  await db.session.create({ data: { userId: person.userId, ip: "203.0.113.5", userAgent: "Firefox" } })
  await db.emailToken.create({ data: { userId: person.userId, purpose: "RESET_PASSWORD", tokenHash: `hash-${person.userId}`, expiresAt: new Date(Date.now() + 60_000) } })
  await db.securityEvent.create({ data: { userId: person.userId, action: "PASSWORD_CHANGED", ip: "203.0.113.5" } })
  await turnOnTwoFactor(person.userId)
  await db.recoveryCode.create({ data: { userId: person.userId, codeHash: `code-${person.userId}` } })
  await db.signInChallenge.create({ data: { userId: person.userId, expiresAt: new Date(Date.now() + 60_000) } })
  await db.rateLimitEvent.createMany({ data: [{ key: throttleKeys.signInEmail(person.email) }, { key: throttleKeys.twoFactor(person.userId) }] })
  const key = await db.apiKey.create({ data: { accountId: host.accountId, createdById: person.userId, name: "HR sync", prefix: "hf_live_abcdef", keyHash: `key-${person.userId}`, roles: ["ADMIN"] } })
  await db.idempotentRequest.create({ data: { apiKeyId: key.id, key: "retry-1", requestHash: "h", status: 201, response: {} } })
  await db.apiKeyUsage.create({ data: { apiKeyId: key.id, windowStart: new Date(), count: 1 } })
  await db.outboxMail.create({ data: { to: person.email, template: "sessions-ended", payload: { name: person.name, count: 1, at: new Date().toISOString(), ip: "203.0.113.5" } } })
  const endpoint = (accountId: string) => ({ accountId, url: "https://93.184.216.34/hooks", description: "", events: [], secret: "sealed" })
  const ownedEndpoint = await db.webhookEndpoint.create({ data: endpoint(person.accountId) })
  const hostEndpoint = await db.webhookEndpoint.create({ data: endpoint(host.accountId) })
  const delivery = await db.webhookDelivery.create({ data: { endpointId: ownedEndpoint.id, eventType: "webhook.test", payload: {} } })
  await db.webhookAttempt.create({ data: { deliveryId: delivery.id, statusCode: 500, durationMs: 3, response: "" } })
  return { person, member, host, membership, ownedEndpoint, hostEndpoint }
}

describe("deleting a user", () => {
  it("removes or anonymises every row about them, table by table, in one go, and says goodbye", async () => {
    const { person, member, host, membership, ownedEndpoint, hostEndpoint } = await busyPerson()
    const auditByThem = await db.auditEvent.count({ where: { actorId: person.userId, accountId: host.accountId } })
    expect(auditByThem).toBeGreaterThan(0)

    expect(await deleteUser(person)).toEqual({ deletedAccounts: ["Dora Departing's account"] })

    // Every table of the schema, with what deleting a user does to it. A table added later fails here until it is decided.
    const tables = (await db.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`).map((row) => row.tablename)
    const fate: Record<string, () => Promise<void>> = {
      // Gone: the person.
      User: async () => expect(await db.user.count({ where: { id: person.userId } })).toBe(0),
      // Gone: the accounts they owned, with everything in them (their members were mailed, below).
      Account: async () => expect(await db.account.count({ where: { id: person.accountId } })).toBe(0),
      // Gone: their memberships (left, as if they had left) and those of the account they owned; kept: others'.
      Membership: async () => {
        expect(await db.membership.count({ where: { OR: [{ userId: person.userId }, { accountId: person.accountId }] } })).toBe(0)
        expect(await db.membership.findUnique({ where: { id: membership.id } })).toBeNull()
      },
      // Gone: the invitations of the owned account and those they sent (withdrawn in the host's activity first).
      Invitation: async () => {
        expect(await db.invitation.count({ where: { OR: [{ accountId: person.accountId }, { invitedById: person.userId }] } })).toBe(0)
        expect(await db.auditEvent.count({ where: { accountId: host.accountId, action: "INVITATION_REVOKED", targetEmail: "guest-hosted@example.test" } })).toBe(1)
      },
      // Kept elsewhere, without a link to them: the fact and their email as text. Gone: the owned account's.
      AuditEvent: async () => {
        expect(await db.auditEvent.count({ where: { actorId: person.userId } })).toBe(0)
        expect(await db.auditEvent.count({ where: { accountId: host.accountId, actorEmail: person.email } })).toBe(auditByThem + 3) // + the invitation withdrawn, + the API key revoked, + left
        expect(await db.auditEvent.count({ where: { accountId: host.accountId, action: "MEMBER_LEFT", targetEmail: person.email } })).toBe(1)
        expect(await db.auditEvent.count({ where: { accountId: person.accountId } })).toBe(0)
      },
      // Gone: what was still to go to them and the unsent invitations of their account. Queued: the member's and
      // host's notices and the goodbye.
      OutboxMail: async () => {
        expect(await db.outboxMail.findMany({ where: { to: person.email }, select: { template: true } })).toEqual([{ template: "goodbye" }])
        expect(await db.outboxMail.count({ where: { to: "guest-hosted@example.test", status: "PENDING" } })).toBe(0)
        expect(await db.outboxMail.count({ where: { to: "guest-owned@example.test", status: "PENDING" } })).toBe(0)
        expect(await db.outboxMail.count({ where: { to: member.email, template: "account-deleted" } })).toBe(1)
        expect(await db.outboxMail.count({ where: { to: host.email, template: "member-left" } })).toBe(1)
      },
      // Gone with the user: their sessions (so every cookie dies), mailed links, security activity, two-factor codes,
      // sign-in challenges and transfers.
      Session: async () => expect(await db.session.count({ where: { userId: person.userId } })).toBe(0),
      EmailToken: async () => expect(await db.emailToken.count({ where: { userId: person.userId } })).toBe(0),
      SecurityEvent: async () => expect(await db.securityEvent.count({ where: { userId: person.userId } })).toBe(0),
      RecoveryCode: async () => expect(await db.recoveryCode.count({ where: { userId: person.userId } })).toBe(0),
      SignInChallenge: async () => expect(await db.signInChallenge.count({ where: { userId: person.userId } })).toBe(0),
      OwnershipTransfer: async () => expect(await db.ownershipTransfer.count({ where: { OR: [{ fromUserId: person.userId }, { toUserId: person.userId }] } })).toBe(0),
      // Gone with the user: their API keys (in any account), with the answers kept for retries and their counts.
      ApiKey: async () => expect(await db.apiKey.count({ where: { createdById: person.userId } })).toBe(0),
      IdempotentRequest: async () => expect(await db.idempotentRequest.count({ where: { apiKey: { createdById: person.userId } } })).toBe(0),
      ApiKeyUsage: async () => expect(await db.apiKeyUsage.count({ where: { apiKey: { createdById: person.userId } } })).toBe(0),
      // Gone with the owned account: its webhook endpoints, their deliveries and attempts. The host's endpoint stays and
      // gets the events of their leaving, as the host's owner gets its mail.
      WebhookEndpoint: async () => {
        expect(await db.webhookEndpoint.count({ where: { id: ownedEndpoint.id } })).toBe(0)
        expect(await db.webhookEndpoint.count({ where: { id: hostEndpoint.id } })).toBe(1)
      },
      WebhookDelivery: async () => {
        expect(await db.webhookDelivery.count({ where: { endpointId: ownedEndpoint.id } })).toBe(0)
        const types = (await db.webhookDelivery.findMany({ where: { endpointId: hostEndpoint.id }, select: { eventType: true } })).map((row) => row.eventType)
        expect(types.sort()).toEqual(["api_key.revoked", "invitation.cancelled", "member.left"])
      },
      WebhookAttempt: async () => expect(await db.webhookAttempt.count({ where: { delivery: { endpointId: ownedEndpoint.id } } })).toBe(0),
      // Gone: throttle events that name them (by email or id).
      RateLimitEvent: async () => expect(await db.rateLimitEvent.count({ where: { key: { in: [throttleKeys.signInEmail(person.email), throttleKeys.twoFactor(person.userId)] } } })).toBe(0),
    }
    expect(tables.sort()).toEqual(Object.keys(fate).sort())
    for (const check of Object.values(fate)) await check()
  })

  it("leaves the person's member and the other account's owner in place: only the deleted user's rows go", async () => {
    const { person, member, host } = await busyPerson()
    await deleteUser(person)
    expect(await db.user.count({ where: { id: { in: [member.userId, host.userId] } } })).toBe(2)
    expect(await db.account.count({ where: { id: { in: [member.accountId, host.accountId] } } })).toBe(2)
  })
})

describe("exporting one's data", () => {
  it("holds the profile, memberships, owned accounts with members and invitations, sessions and activity, and no secret", async () => {
    const { person, member, host } = await busyPerson()
    const data = await exportPersonalData(person.userId)
    expect(data.profile).toMatchObject({ id: person.userId, email: person.email, name: "Dora Departing" })
    expect(data.profile.twoFactorSince).not.toBeNull()
    expect(data.memberships).toEqual([expect.objectContaining({ account: expect.objectContaining({ id: host.accountId }), roles: ["ADMIN", "TECHNICAL"] })])
    expect(data.ownedAccounts).toEqual([
      expect.objectContaining({
        id: person.accountId,
        members: [expect.objectContaining({ email: member.email, roles: ["TECHNICAL", "ADMIN"] })],
        pendingInvitations: [expect.objectContaining({ email: "guest-owned@example.test", roles: ["TECHNICAL"] })],
      }),
    ])
    expect(data.sessions).toContainEqual(expect.objectContaining({ ip: "203.0.113.5", device: "Firefox" }))
    expect(data.securityActivity).toContainEqual(expect.objectContaining({ action: "PASSWORD_CHANGED" }))
    expect(data.accessActivity.map((event) => event.action)).toEqual(expect.arrayContaining(["INVITATION_SENT", "OWNERSHIP_TRANSFER_OFFERED"]))

    const text = JSON.stringify(data)
    const user = await db.user.findUniqueOrThrow({ where: { id: person.userId } })
    const secrets = [
      user.passwordHash,
      user.twoFactorSecret!,
      `hash-${person.userId}`,
      `code-${person.userId}`,
      ...(await db.invitation.findMany({ where: { accountId: person.accountId } })).map((invitation) => invitation.tokenHash),
      ...(await db.ownershipTransfer.findMany({ where: { fromUserId: person.userId } })).map((transfer) => transfer.tokenHash),
    ]
    for (const secret of secrets) expect(text).not.toContain(secret)
    expect(text).not.toMatch(/passwordHash|tokenHash|codeHash|twoFactorSecret/)
  })
})
