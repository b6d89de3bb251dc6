import { describe, expect, it } from "vitest"
import { CHOOSE_A_ROLE } from "@/lib/fields"
import { findAccess } from "@/lib/access/check"
import { db } from "@/lib/db"
import { actorFor, addMember, createPerson } from "@/tests/factories"
import { changeMemberRoles } from "./change-roles"

async function accountWithMembers() {
  const owner = await createPerson("Olivia Owner")
  const admin = await createPerson("Adam Admin")
  const tech = await createPerson("Tess Technical")
  const adminMembership = await addMember(owner.accountId, admin.userId, ["ADMIN", "TECHNICAL"])
  const techMembership = await addMember(owner.accountId, tech.userId, ["TECHNICAL"])
  return {
    owner,
    admin,
    tech,
    adminMembership,
    techMembership,
    ownerActor: await actorFor(owner.userId, owner.accountId),
    adminActor: await actorFor(admin.userId, owner.accountId),
  }
}

describe("changeMemberRoles", () => {
  it("lets the owner set any roles; the member's access follows on the next check, and it is audited", async () => {
    const { owner, tech, techMembership, ownerActor } = await accountWithMembers()
    expect(await changeMemberRoles({ actor: ownerActor, membershipId: techMembership.id, roles: ["BILLING", "TECHNICAL"] })).toMatchObject({ ok: true })
    expect((await findAccess(tech.userId, owner.accountId))?.grant).toEqual({ isOwner: false, roles: ["TECHNICAL", "BILLING"] })
    const audit = await db.auditEvent.findFirstOrThrow({ where: { accountId: owner.accountId, action: "MEMBER_ROLES_CHANGED" } })
    expect(audit).toMatchObject({ actorId: owner.userId, targetEmail: tech.email, details: { from: ["TECHNICAL"], to: ["TECHNICAL", "BILLING"] } })
  })

  it("refuses an Admin granting Billing they lack, and changes nothing", async () => {
    const { techMembership, adminActor } = await accountWithMembers()
    expect(await changeMemberRoles({ actor: adminActor, membershipId: techMembership.id, roles: ["TECHNICAL", "BILLING"] })).toMatchObject({
      ok: false,
      kind: "forbidden",
      message: "You can only grant roles you hold yourself (not Billing).",
    })
    expect((await db.membership.findUniqueOrThrow({ where: { id: techMembership.id } })).roles).toEqual(["TECHNICAL"])
  })

  it("lets an Admin give a member a role the Admin holds", async () => {
    const { techMembership, adminActor } = await accountWithMembers()
    expect(await changeMemberRoles({ actor: adminActor, membershipId: techMembership.id, roles: ["ADMIN", "TECHNICAL"] })).toMatchObject({ ok: true })
    expect((await db.membership.findUniqueOrThrow({ where: { id: techMembership.id } })).roles).toEqual(["TECHNICAL", "ADMIN"])
  })

  it("refuses editing your own roles, leaving no role, and another account's member", async () => {
    const { adminMembership, techMembership, adminActor, ownerActor } = await accountWithMembers()
    expect(await changeMemberRoles({ actor: adminActor, membershipId: adminMembership.id, roles: ["ADMIN", "TECHNICAL"] })).toMatchObject({
      ok: false,
      kind: "forbidden",
      message: "You cannot change your own access.",
    })
    expect(await changeMemberRoles({ actor: ownerActor, membershipId: techMembership.id, roles: [] })).toEqual({ ok: false, kind: "invalid", message: CHOOSE_A_ROLE })

    const stranger = await createPerson("Stranger")
    const strangerActor = await actorFor(stranger.userId, stranger.accountId)
    expect(await changeMemberRoles({ actor: strangerActor, membershipId: techMembership.id, roles: ["BILLING"] })).toMatchObject({
      ok: false,
      kind: "not-found",
      message: "This person is no longer a member of this account.",
    })
    expect((await db.membership.findUniqueOrThrow({ where: { id: techMembership.id } })).roles).toEqual(["TECHNICAL"])
  })

  it("can never target the owner, who has no membership to edit", async () => {
    const { owner, adminActor } = await accountWithMembers()
    const ownerAsTarget = await db.membership.findFirst({ where: { accountId: owner.accountId, userId: owner.userId } })
    expect(ownerAsTarget).toBeNull()
    expect(await changeMemberRoles({ actor: adminActor, membershipId: owner.accountId, roles: ["ADMIN"] })).toMatchObject({ ok: false })
  })
})
