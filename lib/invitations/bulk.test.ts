import { describe, expect, it } from "vitest"
import { errorKey } from "@/lib/i18n/error-keys"
import { db } from "@/lib/db"
import { INVITATION_THROTTLE } from "@/lib/rate-limit"
import { actorFor, addMember, createPerson, uniqueEmail, writtenFor } from "@/tests/factories"
import { inviteAll, splitAddresses } from "./bulk"
import { sendInvitation } from "./send"

describe("inviting several addresses at once", () => {
  it("reads addresses separated by commas, semicolons, spaces or new lines, each once whatever its case", () => {
    expect(splitAddresses(" a@example.com,b@example.com;\nc@example.com  A@EXAMPLE.COM\t,, ")).toEqual(["a@example.com", "b@example.com", "c@example.com"])
  })

  it("says per address what happened: sent, already invited and resent, already a member, invalid", async () => {
    const owner = await createPerson("Olivia Owner")
    const member = await createPerson("Mia Member")
    await addMember(owner.accountId, member.userId, ["TECHNICAL"])
    const actor = await actorFor(owner.userId, owner.accountId)
    const invited = uniqueEmail("invited")
    expect(await sendInvitation({ actor, email: invited, roles: ["TECHNICAL"] })).toMatchObject({ ok: true })
    const fresh = uniqueEmail("fresh")

    const result = await inviteAll({ actor, addresses: [fresh, invited, member.email, "not-an-address"], roles: ["ADMIN"] })
    expect(result).toEqual({
      ok: true,
      outcomes: [
        { email: fresh, outcome: "sent", message: "Invitation sent" },
        { email: invited, outcome: "resent", message: "Already invited: sent again" },
        { email: member.email, outcome: "refused", message: errorKey("alreadyMember", { email: member.email }) },
        { email: "not-an-address", outcome: "invalid", message: errorKey("emailInvalid") },
      ],
    })
    const open = await db.invitation.findMany({ where: { accountId: owner.accountId, status: "PENDING" }, select: { email: true, roles: true } })
    expect(open.sort((a, b) => a.email.localeCompare(b.email))).toEqual(
      [
        { email: fresh, roles: ["ADMIN"] },
        { email: invited, roles: ["ADMIN"] },
      ].sort((a, b) => a.email.localeCompare(b.email)),
    )
  })

  it("counts every address against the daily limit: the addresses before the limit are sent, the others are refused", async () => {
    const owner = await createPerson("Lima Limit")
    const actor = await actorFor(owner.userId, owner.accountId)
    const now = new Date()
    for (let sent = 0; sent < INVITATION_THROTTLE.limit.max - 2; sent++) {
      expect(await sendInvitation({ actor, email: uniqueEmail("guest"), roles: ["TECHNICAL"], now })).toMatchObject({ ok: true })
    }
    const addresses = [uniqueEmail("one"), uniqueEmail("two"), uniqueEmail("three"), uniqueEmail("four")]
    const result = await inviteAll({ actor, addresses, roles: ["TECHNICAL"], now })
    expect(result.ok && result.outcomes.map((outcome) => outcome.outcome)).toEqual(["sent", "sent", "refused", "refused"])
    expect(result.ok && result.outcomes[2]!.message).toBe(INVITATION_THROTTLE.message)
    expect((await writtenFor(owner.accountId)).invitations).toBe(INVITATION_THROTTLE.limit.max)

    // Once the limit is reached, the request itself is refused.
    const before = await writtenFor(owner.accountId)
    expect(await inviteAll({ actor, addresses: [uniqueEmail("five")], roles: ["TECHNICAL"], now })).toEqual({ ok: false, kind: "throttled", field: "form", message: INVITATION_THROTTLE.message })
    expect(await writtenFor(owner.accountId)).toEqual(before)
  })

  it("refuses the whole request when no address could go: roles the inviter does not hold", async () => {
    const owner = await createPerson("Olivia Owner")
    const admin = await createPerson("Adam Admin")
    await addMember(owner.accountId, admin.userId, ["ADMIN"])
    const adminActor = await actorFor(admin.userId, owner.accountId)
    const before = await writtenFor(owner.accountId)
    expect(await inviteAll({ actor: adminActor, addresses: [uniqueEmail("a"), uniqueEmail("b")], roles: ["BILLING"] })).toMatchObject({ ok: false, field: "roles" })
    expect(await writtenFor(owner.accountId)).toEqual(before)
  })
})
