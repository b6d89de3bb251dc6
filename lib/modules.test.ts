import { describe, expect, it } from "vitest"
import { canOpen, MODULES, moduleForPath, openableModules, ROLES, type Grant } from "./modules"

const expected: Record<string, string[]> = {
  TECHNICAL: ["dashboard", "availability", "ssl-certificates", "domain-names", "servers", "status-pages", "maintenance"],
  ADMIN: ["contacts", "reports", "settings/accounts", "settings/users", "settings/apis"],
  BILLING: ["settings/offers", "settings/billing"],
}

describe("the role table", () => {
  it.each(ROLES.flatMap((role) => MODULES.map((module) => [role, module.path] as const)))(
    "%s → %s is allowed exactly when the product's table says so",
    (role, path) => {
      const module = MODULES.find((candidate) => candidate.path === path)!
      expect(canOpen({ isOwner: false, roles: [role] }, module)).toBe(expected[role]!.includes(path))
    },
  )

  it("gives the owner every module", () => {
    expect(openableModules({ isOwner: true }).map((module) => module.path)).toEqual(MODULES.map((module) => module.path))
  })

  it("gives a member with several roles the union of their modules", () => {
    const grant: Grant = { isOwner: false, roles: ["TECHNICAL", "BILLING"] }
    expect(openableModules(grant).map((module) => module.path).sort()).toEqual([...expected.TECHNICAL!, ...expected.BILLING!].sort())
  })

  it("gives a member without roles nothing", () => {
    expect(openableModules({ isOwner: false, roles: [] })).toEqual([])
  })

  it("finds the module of nested paths, and none for unknown ones", () => {
    expect(moduleForPath("settings/users/activity")?.path).toBe("settings/users")
    expect(moduleForPath("/dashboard/")?.path).toBe("dashboard")
    expect(moduleForPath("settings")).toBeUndefined()
    expect(moduleForPath("dashboards")).toBeUndefined()
  })
})
