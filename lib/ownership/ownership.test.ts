import { describe, expect, it } from "vitest"
import { db } from "@/lib/db"
import { removeMember } from "@/lib/members/remove"
import { ROLES } from "@/lib/modules"
import { actorFor, addMember, createPerson, turnOnTwoFactor } from "@/tests/factories"
import { TRANSFER_LIFETIME_MS } from "./policy"
import { acceptTransfer, cancelTransfer, offerTransfer } from "./transfer"

/** The token of the link in the newest ownership mail to `email`. */
async function transferToken(email: string): Promise<string> {
  const mail = await db.outboxMail.findFirstOrThrow({ where: { to: email, template: "ownership-offered" }, orderBy: { createdAt: "desc" } })
  return (mail.payload as { acceptUrl: string }).acceptUrl.split("/ownership-transfers/")[1]!
}

async function accountWithAdmin() {
  const owner = await createPerson("Otto Owner")
  const admin = await createPerson("Ana Admin")
  const other = await createPerson("Oleg Other")
  const membership = await addMember(owner.accountId, admin.userId, ["ADMIN", "TECHNICAL"])
  const otherMembership = await addMember(owner.accountId, other.userId, ["TECHNICAL"])
  return { owner, admin, other, membership, otherMembership, ownerActor: await actorFor(owner.userId, owner.accountId) }
}

describe("transferring ownership", () => {
  it("is offered by the owner only, to an active member, and accepted by that member alone, once", async () => {
    const { owner, admin, other, membership, ownerActor } = await accountWithAdmin()
    expect(await offerTransfer(await actorFor(admin.userId, owner.accountId), membership.id)).toEqual({ ok: false, reason: "only-owner" })
    expect(await offerTransfer(ownerActor, membership.id)).toEqual({ ok: true, name: "Ana Admin" })
    const token = await transferToken(admin.email)

    expect(await acceptTransfer(token, other.userId)).toEqual({ ok: false, reason: "someone-else" })
    expect(await acceptTransfer(token, admin.userId)).toMatchObject({ ok: true, accountId: owner.accountId })
    const account = await db.account.findUniqueOrThrow({ where: { id: owner.accountId } })
    expect(account.ownerId).toBe(admin.userId)
    expect(await db.membership.findUnique({ where: { accountId_userId: { accountId: owner.accountId, userId: admin.userId } } })).toBeNull()
    expect(await db.membership.findUnique({ where: { accountId_userId: { accountId: owner.accountId, userId: owner.userId } } })).toMatchObject({ roles: [...ROLES], status: "ACTIVE" })
    expect(await db.outboxMail.count({ where: { template: "ownership-transferred", to: { in: [owner.email, admin.email] } } })).toBe(2)
    expect(await db.auditEvent.findFirst({ where: { accountId: owner.accountId, action: "OWNERSHIP_TRANSFERRED" } })).toMatchObject({ actorId: admin.userId, targetEmail: admin.email })

    // Used once: the link does nothing more, even for the new owner's own transfer back.
    expect(await acceptTransfer(token, admin.userId)).toEqual({ ok: false, reason: "closed" })
  })

  it("is refused after the owner cancelled, after 72 hours, and once a newer transfer replaced it", async () => {
    const { owner, admin, other, membership, otherMembership, ownerActor } = await accountWithAdmin()
    await offerTransfer(ownerActor, membership.id)
    const cancelled = await transferToken(admin.email)
    expect(await cancelTransfer(ownerActor)).toEqual({ ok: true, name: "Ana Admin" })
    expect(await acceptTransfer(cancelled, admin.userId)).toMatchObject({ ok: false })

    const now = new Date()
    await offerTransfer(ownerActor, membership.id, now)
    const expired = await transferToken(admin.email)
    expect(await acceptTransfer(expired, admin.userId, new Date(now.getTime() + TRANSFER_LIFETIME_MS + 1))).toMatchObject({ ok: false })

    await offerTransfer(ownerActor, otherMembership.id)
    expect(await acceptTransfer(expired, admin.userId)).toEqual({ ok: false, reason: "closed" })
    expect(await acceptTransfer(await transferToken(other.email), other.userId)).toMatchObject({ ok: true })
    expect((await db.account.findUniqueOrThrow({ where: { id: owner.accountId } })).ownerId).toBe(other.userId)
  })

  it("needs the member to be active, and to have two-factor where the account requires it", async () => {
    const { owner, admin, membership, ownerActor } = await accountWithAdmin()
    await db.membership.update({ where: { id: membership.id }, data: { status: "DISABLED" } })
    expect(await offerTransfer(ownerActor, membership.id)).toMatchObject({ ok: false, reason: "deactivated" })
    await db.membership.update({ where: { id: membership.id }, data: { status: "ACTIVE" } })
    await turnOnTwoFactor(owner.userId)
    await db.account.update({ where: { id: owner.accountId }, data: { requireTwoFactor: true } })
    expect(await offerTransfer(await actorFor(owner.userId, owner.accountId), membership.id)).toMatchObject({ ok: false, reason: "no-two-factor" })
    await turnOnTwoFactor(admin.userId)
    expect(await offerTransfer(await actorFor(owner.userId, owner.accountId), membership.id)).toMatchObject({ ok: true })
    await db.user.update({ where: { id: admin.userId }, data: { twoFactorEnabledAt: null, twoFactorSecret: null } })
    expect(await acceptTransfer(await transferToken(admin.email), admin.userId)).toEqual({ ok: false, reason: "you-no-two-factor" })
  })

  it("racing the member's removal, ends as if one came wholly before the other", async () => {
    for (let round = 0; round < 10; round++) {
      const { owner, admin, membership, ownerActor } = await accountWithAdmin()
      await offerTransfer(ownerActor, membership.id)
      const token = await transferToken(admin.email)
      const [accepted, removed] = await Promise.all([acceptTransfer(token, admin.userId), removeMember({ actor: ownerActor, membershipId: membership.id })])
      const account = await db.account.findUniqueOrThrow({ where: { id: owner.accountId } })
      const transfer = await db.ownershipTransfer.findFirstOrThrow({ where: { accountId: owner.accountId } })
      if (accepted.ok) {
        // The transfer came first: the admin owns the account, and the former owner (now a member) could not remove them.
        expect(removed.ok).toBe(false)
        expect(account.ownerId).toBe(admin.userId)
        expect(transfer.status).toBe("ACCEPTED")
      } else {
        // The removal came first: the account stays the owner's and the waiting transfer is cancelled with it.
        expect(removed.ok).toBe(true)
        expect(account.ownerId).toBe(owner.userId)
        expect(transfer.status).toBe("CANCELLED")
        expect(await db.membership.count({ where: { accountId: owner.accountId, userId: admin.userId } })).toBe(0)
      }
    }
  })
})
