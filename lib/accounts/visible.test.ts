import { describe, expect, it } from "vitest"
import { db } from "@/lib/db"
import { recordAccountOpened } from "@/lib/users/home"
import { addMember, createPerson } from "@/tests/factories"
import { listVisibleAccounts, MENU_ACCOUNTS_SHOWN } from "./visible"

const client = (index: number) => `Client ${String(index).padStart(2, "0")}`

describe("the account menu's list", () => {
  it("shows the person's own account, then the most recently opened, with the total; a search finds the others", async () => {
    const person = await createPerson("Sam Many-Accounts")
    const hosts = await Promise.all(Array.from({ length: MENU_ACCOUNTS_SHOWN + 9 }, () => createPerson("Host")))
    const joined = new Date("2026-01-01T00:00:00Z").getTime()
    await Promise.all(
      hosts.map(async (host, index) => {
        await db.account.update({ where: { id: host.accountId }, data: { name: client(index) } })
        const membership = await addMember(host.accountId, person.userId, ["TECHNICAL"], index === 0 ? "DISABLED" : "ACTIVE")
        await db.membership.update({ where: { id: membership.id }, data: { lastOpenedAt: new Date(joined + index * 60_000) } })
      }),
    )

    const first = await listVisibleAccounts(person.userId)
    expect(first.total).toBe(MENU_ACCOUNTS_SHOWN + 10) // the 59 memberships and the person's own account
    expect(first.accounts[0]).toMatchObject({ id: person.accountId, isOwner: true, status: "ACTIVE" })
    expect(first.accounts.slice(1).map((account) => account.name)).toEqual(
      Array.from({ length: MENU_ACCOUNTS_SHOWN - 1 }, (_, index) => client(MENU_ACCOUNTS_SHOWN + 8 - index)),
    )

    const found = await listVisibleAccounts(person.userId, "ENT 0")
    expect(found.total).toBe(10)
    expect(found.accounts.map((account) => account.name)).toEqual(Array.from({ length: 10 }, (_, index) => client(9 - index)))
    expect(found.accounts.at(-1)).toMatchObject({ name: client(0), isOwner: false, status: "DISABLED", roles: ["TECHNICAL"] })
    expect(await listVisibleAccounts(person.userId, "Sam Many")).toMatchObject({ total: 1, accounts: [{ id: person.accountId }] })
    expect(await listVisibleAccounts(person.userId, "100%")).toEqual({ total: 0, accounts: [] })

    await recordAccountOpened(person.userId, hosts[3]!.accountId)
    expect((await listVisibleAccounts(person.userId)).accounts.slice(0, 2).map((account) => account.name)).toEqual([
      "Sam Many-Accounts's account",
      client(3),
    ])
    expect((await db.user.findUniqueOrThrow({ where: { id: person.userId } })).lastAccountId).toBe(hosts[3]!.accountId)
  })
})
