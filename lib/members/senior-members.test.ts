import { describe, expect, it } from "vitest"
import { NO_LONGER_MANAGES_ACCESS } from "@/lib/accounts/lock"
import { db } from "@/lib/db"
import { actorFor, addMember, createPerson } from "@/tests/factories"
import { changeMemberRoles } from "./change-roles"
import { removeMember } from "./remove"
import { sayMemberRefusal } from "./refusals"
import { setMemberStatus } from "./set-status"

/** An owner's account with an Admin who lacks Billing, and a member who holds Billing. */
async function adminAndBillingHolder(billingHolderRoles: ("TECHNICAL" | "ADMIN" | "BILLING")[]) {
  const owner = await createPerson("Olivia Owner")
  const admin = await createPerson("Adam Admin")
  const holder = await createPerson("Bea Billing")
  await addMember(owner.accountId, admin.userId, ["ADMIN", "TECHNICAL"])
  const membership = await addMember(owner.accountId, holder.userId, billingHolderRoles)
  return { owner, membership, adminActor: await actorFor(admin.userId, owner.accountId), ownerActor: await actorFor(owner.userId, owner.accountId) }
}

const REFUSAL = "Bea Billing holds a role you do not hold (Billing): only someone holding all their roles can change their access."

describe("a Billing holder's access, as an Admin without Billing sees it", () => {
  it("cannot be disabled, deleted, or have Admin taken away, and nothing changes", async () => {
    const { membership, adminActor, owner } = await adminAndBillingHolder(["ADMIN", "BILLING"])
    expect(await setMemberStatus({ actor: adminActor, membershipId: membership.id, status: "DISABLED" })).toMatchObject({ ok: false, kind: "forbidden", message: REFUSAL })
    expect(await removeMember({ actor: adminActor, membershipId: membership.id })).toMatchObject({ ok: false, kind: "forbidden", message: REFUSAL })
    expect(await changeMemberRoles({ actor: adminActor, membershipId: membership.id, roles: ["BILLING"] })).toMatchObject({ ok: false, kind: "forbidden", message: REFUSAL })
    const refusal = await removeMember({ actor: adminActor, membershipId: membership.id })
    // The screens say it in their reader's language, from the reason.
    expect("reason" in refusal && sayMemberRefusal("fr", refusal.reason)).toBe(
      "Bea Billing a un rôle que vous n\u2019avez pas (Facturation)\u00a0: seule une personne qui a tous ses rôles peut modifier son accès.",
    )
    expect(await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).toMatchObject({ roles: ["ADMIN", "BILLING"], status: "ACTIVE" })
    expect(await db.auditEvent.count({ where: { accountId: owner.accountId } })).toBe(0)
  })

  it("stays the owner's to change, who holds every role", async () => {
    const { membership, ownerActor } = await adminAndBillingHolder(["BILLING"])
    expect(await setMemberStatus({ actor: ownerActor, membershipId: membership.id, status: "DISABLED" })).toMatchObject({ ok: true })
    expect(await removeMember({ actor: ownerActor, membershipId: membership.id })).toMatchObject({ ok: true })
  })

  it("is judged by the Admin's roles as they are now, not as the request read them", async () => {
    const { membership, adminActor, ownerActor } = await adminAndBillingHolder(["TECHNICAL"])
    const adminMembership = await db.membership.findFirstOrThrow({ where: { userId: adminActor.userId } })
    // The owner takes Admin away after the Admin's request was authorized, before its change runs.
    expect(await changeMemberRoles({ actor: ownerActor, membershipId: adminMembership.id, roles: ["TECHNICAL"] })).toMatchObject({ ok: true })
    expect(await setMemberStatus({ actor: adminActor, membershipId: membership.id, status: "DISABLED" })).toEqual({
      ok: false,
      kind: "forbidden",
      message: NO_LONGER_MANAGES_ACCESS,
    })
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).status).toBe("ACTIVE")
  })
})
