import { describe, expect, it } from "vitest"
import { db } from "@/lib/db"
import type { Role } from "@/lib/generated/prisma/enums"
import { changeMemberRoles } from "@/lib/members/change-roles"
import { leaveAccount, removeMember } from "@/lib/members/remove"
import { setMemberStatus } from "@/lib/members/set-status"
import { actorFor, addMember, createPerson, invitationToken, uniqueEmail } from "@/tests/factories"
import { findInvitationByToken } from "./lookup"
import { acceptInvitation } from "./respond"
import { sendInvitation } from "./send"

/**
 * An Admin invites a second address of their own as Admin (the attack): the owner's account, the Admin's membership,
 * the pending invitation, and the person who would accept it.
 */
async function adminInvitesThemselves(roles: Role[] = ["ADMIN"]) {
  const owner = await createPerson("Olivia Owner")
  const admin = await createPerson("Adam Admin")
  const second = await createPerson("Adam's second address", uniqueEmail("second"))
  const adminMembership = await addMember(owner.accountId, admin.userId, ["ADMIN", "TECHNICAL"])
  const sent = await sendInvitation({ actor: await actorFor(admin.userId, owner.accountId), email: second.email, roles })
  if (!sent.ok) throw new Error(sent.message)
  return {
    owner,
    admin,
    second,
    adminMembership,
    invitationId: sent.invitationId,
    token: await invitationToken(sent.invitationId),
    ownerActor: await actorFor(owner.userId, owner.accountId),
  }
}

async function expectWithdrawn(scene: Awaited<ReturnType<typeof adminInvitesThemselves>>) {
  expect(await acceptInvitation({ token: scene.token, userId: scene.second.userId })).toEqual({ ok: false, reason: "revoked" })
  expect(await db.membership.count({ where: { accountId: scene.owner.accountId, userId: scene.second.userId } })).toBe(0)
  expect((await findInvitationByToken(scene.token))?.state).toBe("revoked")
  const audit = await db.auditEvent.findFirstOrThrow({ where: { accountId: scene.owner.accountId, action: "INVITATION_REVOKED" } })
  expect(audit).toMatchObject({ actorId: scene.owner.userId, targetEmail: scene.second.email })
}

describe("an invitation ends with its sender's right to give it", () => {
  it("when the sender is disabled", async () => {
    const scene = await adminInvitesThemselves()
    await setMemberStatus({ actor: scene.ownerActor, membershipId: scene.adminMembership.id, status: "DISABLED" })
    await expectWithdrawn(scene)
    // Enabling the sender again does not bring it back.
    await setMemberStatus({ actor: scene.ownerActor, membershipId: scene.adminMembership.id, status: "ACTIVE" })
    expect(await acceptInvitation({ token: scene.token, userId: scene.second.userId })).toEqual({ ok: false, reason: "revoked" })
  })

  it("when the sender's access is deleted", async () => {
    const scene = await adminInvitesThemselves()
    await removeMember({ actor: scene.ownerActor, membershipId: scene.adminMembership.id })
    await expectWithdrawn(scene)
  })

  it("when the sender leaves", async () => {
    const scene = await adminInvitesThemselves()
    await leaveAccount({ userId: scene.admin.userId, accountId: scene.owner.accountId })
    const audit = await db.auditEvent.findFirstOrThrow({ where: { accountId: scene.owner.accountId, action: "INVITATION_REVOKED" } })
    expect(audit).toMatchObject({ actorId: scene.admin.userId, targetEmail: scene.second.email })
    expect(await acceptInvitation({ token: scene.token, userId: scene.second.userId })).toEqual({ ok: false, reason: "revoked" })
  })

  it("when the sender loses Admin, or loses a role the invitation gives; not when they keep what it gives", async () => {
    const demoted = await adminInvitesThemselves(["TECHNICAL"])
    await changeMemberRoles({ actor: demoted.ownerActor, membershipId: demoted.adminMembership.id, roles: ["TECHNICAL"] })
    await expectWithdrawn(demoted)

    const lostTechnical = await adminInvitesThemselves(["TECHNICAL"])
    await changeMemberRoles({ actor: lostTechnical.ownerActor, membershipId: lostTechnical.adminMembership.id, roles: ["ADMIN"] })
    await expectWithdrawn(lostTechnical)

    const keptWhatItGives = await adminInvitesThemselves(["TECHNICAL"])
    await changeMemberRoles({ actor: keptWhatItGives.ownerActor, membershipId: keptWhatItGives.adminMembership.id, roles: ["ADMIN", "TECHNICAL", "BILLING"] })
    expect(await acceptInvitation({ token: keptWhatItGives.token, userId: keptWhatItGives.second.userId })).toMatchObject({ ok: true })
  })

  it("while the owner's invitations stay valid through every change of others' access", async () => {
    const scene = await adminInvitesThemselves()
    const guest = await createPerson("Gus Guest", uniqueEmail("guest"))
    const sent = await sendInvitation({ actor: scene.ownerActor, email: guest.email, roles: ["ADMIN", "BILLING"] })
    if (!sent.ok) throw new Error(sent.message)
    await removeMember({ actor: scene.ownerActor, membershipId: scene.adminMembership.id })
    expect(await acceptInvitation({ token: await invitationToken(sent.invitationId), userId: guest.userId })).toMatchObject({ ok: true })
  })

  it("even when the accept races the deletion: every run ends as if one came wholly before the other", async () => {
    const outcomes = new Set<string>()
    for (let run = 0; run < 8; run++) {
      const scene = await adminInvitesThemselves()
      const [accepted] = await Promise.all([
        acceptInvitation({ token: scene.token, userId: scene.second.userId }),
        removeMember({ actor: scene.ownerActor, membershipId: scene.adminMembership.id }),
      ])
      const invitation = await db.invitation.findUniqueOrThrow({ where: { id: scene.invitationId } })
      const joined = await db.membership.count({ where: { accountId: scene.owner.accountId, userId: scene.second.userId } })
      const adminGone = (await db.membership.count({ where: { id: scene.adminMembership.id } })) === 0
      expect(adminGone).toBe(true)
      if (accepted.ok) expect({ status: invitation.status, joined }).toEqual({ status: "ACCEPTED", joined: 1 })
      else expect({ accepted, status: invitation.status, joined }).toEqual({ accepted: { ok: false, reason: "revoked" }, status: "REVOKED", joined: 0 })
      outcomes.add(invitation.status)
    }
    console.log(`sender authority race: outcomes ${[...outcomes].join(", ")}`)
  })
})
