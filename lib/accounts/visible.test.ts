import { describe, expect, it } from "vitest"
import { db } from "@/lib/db"
import { addMember, createPerson } from "@/tests/factories"
import { listVisibleAccounts, MENU_ACCOUNTS_SHOWN } from "./visible"

describe("the account menu's list", () => {
  it("shows the first accounts by name with the total, and finds the others by a part of their name", async () => {
    const person = await createPerson("Sam Many-Accounts")
    const hosts = await Promise.all(Array.from({ length: MENU_ACCOUNTS_SHOWN + 9 }, () => createPerson("Host")))
    await Promise.all(
      hosts.map(async (host, index) => {
        await db.account.update({ where: { id: host.accountId }, data: { name: `Client ${String(index).padStart(2, "0")}` } })
        await addMember(host.accountId, person.userId, ["TECHNICAL"], index === 0 ? "DISABLED" : "ACTIVE")
      }),
    )

    const first = await listVisibleAccounts(person.userId)
    expect(first.total).toBe(MENU_ACCOUNTS_SHOWN + 10) // the 59 memberships and the person's own account
    expect(first.accounts.map((account) => account.name)).toEqual(
      Array.from({ length: MENU_ACCOUNTS_SHOWN }, (_, index) => `Client ${String(index).padStart(2, "0")}`),
    )
    expect(first.accounts[0]).toMatchObject({ isOwner: false, status: "DISABLED", roles: ["TECHNICAL"] })

    const found = await listVisibleAccounts(person.userId, "ENT 5")
    expect(found).toEqual({ total: 9, accounts: expect.any(Array) })
    expect(found.accounts.map((account) => account.name)).toEqual(["Client 50", "Client 51", "Client 52", "Client 53", "Client 54", "Client 55", "Client 56", "Client 57", "Client 58"])
    expect(await listVisibleAccounts(person.userId, "Sam Many")).toMatchObject({ total: 1, accounts: [{ id: person.accountId, isOwner: true }] })
    expect(await listVisibleAccounts(person.userId, "100%")).toEqual({ total: 0, accounts: [] })
  })
})
