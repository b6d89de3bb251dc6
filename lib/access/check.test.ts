import { describe, expect, it } from "vitest"
import { addMember, createPerson } from "@/tests/factories"
import { db } from "@/lib/db"
import { decide, findAccess, findAccessForSession } from "./check"

describe("findAccess and decide", () => {
  it("lets the owner open every module of their account", async () => {
    const owner = await createPerson()
    const access = await findAccess(owner.userId, owner.accountId)
    expect(access?.grant).toEqual({ isOwner: true })
    expect(decide(access, "settings/billing").kind).toBe("allow")
  })

  it("refuses someone else's account exactly like an account that does not exist", async () => {
    const owner = await createPerson()
    const stranger = await createPerson()
    expect(decide(await findAccess(stranger.userId, owner.accountId), "dashboard")).toEqual({ kind: "not-found" })
    expect(decide(await findAccess(stranger.userId, "00000000-0000-4000-8000-000000000000"), "dashboard")).toEqual({ kind: "not-found" })
    expect(decide(await findAccess(stranger.userId, "not-a-uuid"), "dashboard")).toEqual({ kind: "not-found" })
  })

  it("lets a member open the modules of their roles only", async () => {
    const owner = await createPerson()
    const member = await createPerson()
    await addMember(owner.accountId, member.userId, ["TECHNICAL"])
    const access = await findAccess(member.userId, owner.accountId)
    expect(decide(access, "dashboard").kind).toBe("allow")
    const refusal = decide(access, "settings/billing")
    expect(refusal.kind).toBe("forbidden")
    expect(refusal.kind === "forbidden" && refusal.module.label).toBe("Billing")
  })

  it("refuses everything to a disabled member", async () => {
    const owner = await createPerson()
    const member = await createPerson()
    await addMember(owner.accountId, member.userId, ["TECHNICAL", "ADMIN", "BILLING"], "DISABLED")
    expect(decide(await findAccess(member.userId, owner.accountId), "dashboard").kind).toBe("deactivated")
  })
})

describe("findAccessForSession", () => {
  it("answers signed-out once the session is revoked, and never for another user's session", async () => {
    const owner = await createPerson()
    const other = await createPerson()
    const session = await db.session.create({ data: { userId: owner.userId } })
    const viewer = { userId: owner.userId, sessionId: session.id }
    expect(await findAccessForSession(viewer, owner.accountId)).toMatchObject({ person: { name: "Pat Example", email: owner.email }, access: { grant: { isOwner: true } } })
    expect(await findAccessForSession({ userId: other.userId, sessionId: session.id }, other.accountId)).toBe("signed-out")

    await db.session.update({ where: { id: session.id }, data: { revokedAt: new Date() } })
    expect(await findAccessForSession(viewer, owner.accountId)).toBe("signed-out")
  })
})
