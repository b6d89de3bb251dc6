import { describe, expect, it } from "vitest"
import { decide, findAccess } from "@/lib/access/check"
import { listVisibleAccounts } from "@/lib/accounts/visible"
import { db } from "@/lib/db"
import { acceptInvitation } from "@/lib/invitations/respond"
import { sendInvitation } from "@/lib/invitations/send"
import { actorFor, addMember, createPerson, invitationToken } from "@/tests/factories"
import { removeMember, leaveAccount } from "./remove"
import { setMemberStatus } from "./set-status"

async function sharedAccount() {
  const owner = await createPerson("Olivia Owner")
  const admin = await createPerson("Adam Admin")
  const member = await createPerson("Mia Member")
  await addMember(owner.accountId, admin.userId, ["ADMIN", "TECHNICAL", "BILLING"])
  const membership = await addMember(owner.accountId, member.userId, ["TECHNICAL", "BILLING"])
  return {
    owner,
    admin,
    member,
    membership,
    ownerActor: await actorFor(owner.userId, owner.accountId),
    adminActor: await actorFor(admin.userId, owner.accountId),
  }
}

const mailsTo = (to: string, template: string) => db.outboxMail.count({ where: { to, template } })

describe("disable and enable", () => {
  it("disabling refuses everything on the next check, keeps the account in the member's list, and enabling restores the same roles", async () => {
    const { owner, member, membership, adminActor } = await sharedAccount()
    expect(await setMemberStatus({ actor: adminActor, membershipId: membership.id, status: "DISABLED" })).toMatchObject({ ok: true })
    expect(decide(await findAccess(member.userId, owner.accountId), "dashboard").kind).toBe("deactivated")
    expect((await listVisibleAccounts(member.userId)).accounts).toContainEqual(
      expect.objectContaining({ id: owner.accountId, status: "DISABLED", roles: ["TECHNICAL", "BILLING"] }),
    )
    expect(await mailsTo(member.email, "member-disabled")).toBe(1)

    expect(await setMemberStatus({ actor: adminActor, membershipId: membership.id, status: "ACTIVE" })).toMatchObject({ ok: true })
    const access = await findAccess(member.userId, owner.accountId)
    expect(access).toMatchObject({ status: "ACTIVE", grant: { isOwner: false, roles: ["TECHNICAL", "BILLING"] } })
    expect(await mailsTo(member.email, "member-enabled")).toBe(1)
    const actions = await db.auditEvent.findMany({ where: { accountId: owner.accountId }, orderBy: { createdAt: "asc" }, select: { action: true } })
    expect(actions.map((event) => event.action)).toEqual(["MEMBER_DISABLED", "MEMBER_ENABLED"])
  })

  it("is refused on oneself and across accounts", async () => {
    const { owner, admin, membership } = await sharedAccount()
    const adminMembership = await db.membership.findUniqueOrThrow({ where: { accountId_userId: { accountId: owner.accountId, userId: admin.userId } } })
    const adminActor = await actorFor(admin.userId, owner.accountId)
    expect(await setMemberStatus({ actor: adminActor, membershipId: adminMembership.id, status: "DISABLED" })).toMatchObject({
      ok: false,
      kind: "forbidden",
      message: "You cannot change your own access.",
    })
    const stranger = await createPerson("Stranger")
    const strangerActor = await actorFor(stranger.userId, stranger.accountId)
    expect(await setMemberStatus({ actor: strangerActor, membershipId: membership.id, status: "DISABLED" })).toMatchObject({ ok: false })
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).status).toBe("ACTIVE")
  })
})

describe("delete and leave", () => {
  it("deleting removes the account from the member's list, cancels pending invitations, and a new invitation restores access", async () => {
    const { owner, member, membership, ownerActor } = await sharedAccount()
    expect(await removeMember({ actor: ownerActor, membershipId: membership.id })).toMatchObject({ ok: true })
    expect(await findAccess(member.userId, owner.accountId)).toBeNull()
    expect((await listVisibleAccounts(member.userId)).accounts.map((account) => account.id)).toEqual([member.accountId])
    expect(await mailsTo(member.email, "member-removed")).toBe(1)

    const sent = await sendInvitation({ actor: ownerActor, email: member.email, roles: ["ADMIN"] })
    if (!sent.ok) throw new Error(sent.message)
    const token = await invitationToken(sent.invitationId)
    expect(await acceptInvitation({ token, userId: member.userId })).toMatchObject({ ok: true })
    expect((await findAccess(member.userId, owner.accountId))?.grant).toEqual({ isOwner: false, roles: ["ADMIN"] })
  })

  it("a member leaving has the same effect and the owner is told; an owner cannot leave their own account", async () => {
    const { owner, member } = await sharedAccount()
    expect(await leaveAccount({ userId: member.userId, accountId: owner.accountId })).toMatchObject({ ok: true })
    expect(await findAccess(member.userId, owner.accountId)).toBeNull()
    expect(await mailsTo(owner.email, "member-left")).toBe(1)
    expect(await db.auditEvent.count({ where: { accountId: owner.accountId, action: "MEMBER_LEFT", actorId: member.userId } })).toBe(1)
    expect(await leaveAccount({ userId: owner.userId, accountId: owner.accountId })).toMatchObject({ ok: false })
  })

  it("a disabled member stays disabled when a disable races with other changes", async () => {
    const { member, membership, ownerActor, adminActor } = await sharedAccount()
    await Promise.all([
      setMemberStatus({ actor: ownerActor, membershipId: membership.id, status: "DISABLED" }),
      setMemberStatus({ actor: adminActor, membershipId: membership.id, status: "DISABLED" }),
    ])
    expect(await mailsTo(member.email, "member-disabled")).toBe(1)
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).status).toBe("DISABLED")
  })
})
