import { describe, expect, it } from "vitest"
import { db } from "@/lib/db"
import { actorFor, createPerson, invitationToken, uniqueEmail } from "@/tests/factories"
import { cancelInvitation } from "./cancel"
import { expireInvitations } from "./expire"
import { findInvitationByToken } from "./lookup"
import { acceptInvitation, declineInvitation } from "./respond"
import { sendInvitation } from "./send"

// Earlier than any other test file’s invitations: the expiry sweep below then touches only this file’s.
const sentAt = new Date("2026-05-01T12:00:00Z")
const hours = (n: number) => new Date(sentAt.getTime() + n * 3_600_000)

/** An owner's account with a pending invitation to a person who already signed up with the invited email. */
async function invitedPerson(roles: ("TECHNICAL" | "ADMIN" | "BILLING")[] = ["TECHNICAL", "BILLING"]) {
  const owner = await createPerson("Olivia Owner")
  const guest = await createPerson("Gus Guest", uniqueEmail("guest"))
  const actor = await actorFor(owner.userId, owner.accountId)
  const sent = await sendInvitation({ actor, email: guest.email, roles, now: sentAt })
  if (!sent.ok) throw new Error(sent.message)
  const token = await invitationToken(sent.invitationId)
  return { owner, guest, actor, token, invitationId: sent.invitationId }
}

describe("acceptInvitation", () => {
  it("creates the membership with the invited roles, uses the invitation and tells the owner", async () => {
    const { owner, guest, token, invitationId } = await invitedPerson()
    expect(await acceptInvitation({ token, userId: guest.userId, now: hours(1) })).toEqual({ ok: true, accountId: owner.accountId })

    const membership = await db.membership.findUniqueOrThrow({ where: { accountId_userId: { accountId: owner.accountId, userId: guest.userId } } })
    expect(membership).toMatchObject({ roles: ["TECHNICAL", "BILLING"], status: "ACTIVE" })
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({ status: "ACCEPTED" })
    expect(await db.user.findUniqueOrThrow({ where: { id: guest.userId } })).toMatchObject({ lastAccountId: owner.accountId })
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: owner.email, template: "invitation-accepted" } })
    expect(mail.payload).toMatchObject({ memberEmail: guest.email, accountName: "Olivia Owner's account" })
    expect(await db.auditEvent.count({ where: { accountId: owner.accountId, action: "INVITATION_ACCEPTED", actorId: guest.userId } })).toBe(1)
    expect((await findInvitationByToken(token))?.state).toBe("accepted")
  })

  it("works once: a second accept is refused as already used", async () => {
    const { guest, token } = await invitedPerson()
    await acceptInvitation({ token, userId: guest.userId, now: hours(1) })
    expect(await acceptInvitation({ token, userId: guest.userId, now: hours(2) })).toEqual({ ok: false, reason: "accepted" })
  })

  it("yields exactly one membership when 20 accepts of one token race", async () => {
    const { owner, guest, token } = await invitedPerson()
    const results = await Promise.all(Array.from({ length: 20 }, () => acceptInvitation({ token, userId: guest.userId, now: hours(1) })))
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    expect(results.filter((result) => !result.ok && result.reason === "accepted")).toHaveLength(19)
    expect(await db.membership.count({ where: { accountId: owner.accountId, userId: guest.userId } })).toBe(1)
    expect(await db.outboxMail.count({ where: { to: owner.email, template: "invitation-accepted" } })).toBe(1)
  })

  it("is refused from the 72nd hour on, checked at accept time", async () => {
    const { owner, guest, token } = await invitedPerson()
    expect(await acceptInvitation({ token, userId: guest.userId, now: hours(72) })).toEqual({ ok: false, reason: "expired" })
    expect(await db.membership.count({ where: { accountId: owner.accountId } })).toBe(0)
    expect(await acceptInvitation({ token, userId: guest.userId, now: hours(71.9) })).toMatchObject({ ok: true })
  })

  it("is refused to a person signed in with another email, changing nothing", async () => {
    const { owner, token } = await invitedPerson()
    const other = await createPerson("Other Person")
    expect(await acceptInvitation({ token, userId: other.userId, now: hours(1) })).toEqual({ ok: false, reason: "wrong-user" })
    expect(await db.membership.count({ where: { accountId: owner.accountId } })).toBe(0)
    expect((await findInvitationByToken(token, hours(1)))?.state).toBe("pending")
  })

  it("is refused for a cancelled, declined or unknown token", async () => {
    const cancelled = await invitedPerson()
    expect(await cancelInvitation({ actor: cancelled.actor, invitationId: cancelled.invitationId })).toMatchObject({ ok: true })
    expect(await acceptInvitation({ token: cancelled.token, userId: cancelled.guest.userId, now: hours(1) })).toEqual({ ok: false, reason: "cancelled" })

    const declined = await invitedPerson()
    expect(await declineInvitation({ token: declined.token, userId: declined.guest.userId, now: hours(1) })).toMatchObject({ ok: true })
    expect(await acceptInvitation({ token: declined.token, userId: declined.guest.userId, now: hours(1) })).toEqual({ ok: false, reason: "declined" })
    expect(await db.auditEvent.count({ where: { accountId: declined.owner.accountId, action: "INVITATION_DECLINED" } })).toBe(1)

    const tampered = `${declined.token.slice(0, -1)}${declined.token.endsWith("A") ? "B" : "A"}`
    expect(await acceptInvitation({ token: tampered, userId: declined.guest.userId })).toEqual({ ok: false, reason: "invalid" })
    expect(await acceptInvitation({ token: declined.token.slice(0, 20), userId: declined.guest.userId })).toEqual({ ok: false, reason: "invalid" })
  })
})

describe("cancelInvitation", () => {
  it("cannot touch another account's invitation", async () => {
    const { invitationId, token } = await invitedPerson()
    const stranger = await createPerson("Stranger")
    const strangerActor = await actorFor(stranger.userId, stranger.accountId)
    expect(await cancelInvitation({ actor: strangerActor, invitationId })).toMatchObject({ ok: false, kind: "not-found", message: "This invitation is no longer pending." })
    expect((await findInvitationByToken(token, hours(1)))?.state).toBe("pending")
  })
})

describe("expireInvitations", () => {
  it("marks invitations past 72 hours as expired and audits each, leaving younger ones pending", async () => {
    const old = await invitedPerson()
    const young = await createPerson("Young Owner")
    const youngActor = await actorFor(young.userId, young.accountId)
    await sendInvitation({ actor: youngActor, email: uniqueEmail(), roles: ["TECHNICAL"], now: hours(10) })

    await expireInvitations(hours(72))
    expect(await db.invitation.findUniqueOrThrow({ where: { id: old.invitationId } })).toMatchObject({ status: "EXPIRED" })
    expect(await db.auditEvent.findFirstOrThrow({ where: { accountId: old.owner.accountId, action: "INVITATION_EXPIRED" } })).toMatchObject({ actorId: null, targetEmail: old.guest.email })
    expect(await db.invitation.count({ where: { accountId: young.accountId, status: "PENDING" } })).toBe(1)
  })
})
