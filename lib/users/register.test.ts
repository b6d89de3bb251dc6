import { describe, expect, it } from "vitest"
import { db } from "@/lib/db"
import { verifyPassword } from "@/lib/auth/password"
import { uniqueEmail } from "@/tests/factories"
import { registerUser } from "./register"

describe("registerUser", () => {
  it("creates the person and the account they own, named after them", async () => {
    const email = uniqueEmail()
    const result = await registerUser({ name: "Ada Lovelace", email, password: "analytical engine", emailVerified: false })
    if (!result.ok) throw new Error("registration refused")

    const account = await db.account.findUniqueOrThrow({ where: { id: result.accountId } })
    expect(account).toMatchObject({ name: "Ada Lovelace's account", ownerId: result.userId })
    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId } })
    expect(user).toMatchObject({ email, lastAccountId: account.id, emailVerifiedAt: null })
    expect(await db.membership.count({ where: { userId: result.userId } })).toBe(0)
  })

  it("stores an argon2id hash, never the password", async () => {
    const result = await registerUser({ name: "Bo", email: uniqueEmail(), password: "a long secret", emailVerified: true })
    if (!result.ok) throw new Error("registration refused")
    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId } })
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
    expect(user.passwordHash).not.toContain("a long secret")
    expect(await verifyPassword(user.passwordHash, "a long secret")).toBe(true)
    expect(await verifyPassword(user.passwordHash, "a wrong secret")).toBe(false)
  })

  it("refuses a second person with the same email and leaves nothing behind", async () => {
    const email = uniqueEmail()
    await registerUser({ name: "First", email, password: "first password", emailVerified: false })
    const accountsBefore = await db.account.count()
    const second = await registerUser({ name: "Second", email, password: "second password", emailVerified: false })
    expect(second).toEqual({ ok: false, reason: "email-taken" })
    expect(await db.account.count()).toBe(accountsBefore)
  })
})
