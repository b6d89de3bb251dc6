import { describe, expect, it } from "vitest"
import { db } from "@/lib/db"
import { addMember, createPerson } from "@/tests/factories"
import { homePath } from "./home"

describe("homePath", () => {
  it("lands in the account used last, and falls back to the person's own when that one is closed to them", async () => {
    const owner = await createPerson("Olivia Owner")
    const member = await createPerson("Mia Member")
    const membership = await addMember(owner.accountId, member.userId, ["BILLING"])
    expect(await homePath(member.userId)).toBe(`/accounts/${member.accountId}`)

    await db.user.update({ where: { id: member.userId }, data: { lastAccountId: owner.accountId } })
    expect(await homePath(member.userId)).toBe(`/accounts/${owner.accountId}`)

    await db.membership.update({ where: { id: membership.id }, data: { status: "DISABLED" } })
    expect(await homePath(member.userId)).toBe(`/accounts/${member.accountId}`)
  })
})
