import path from "node:path"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { ROUTE_HANDLERS } from "@/lib/action-registry"
import { MODULES, ROLE_LABELS } from "@/lib/modules"
import type { CallerRule } from "@/lib/server-action"
import { findRouteHandlers, findServerActions, loadServerActions } from "@/lib/security/entry-point-scan"
import { redirectOf, useClientIp, useSession } from "@/lib/security/fake-next-auth"
import { ACTION_SCENARIOS, ACTOR_KINDS, callerAllowed, ROUTE_SCENARIOS, TARGET_KINDS, type Scenario, type TargetKind } from "@/lib/security/matrix-scenarios"
import { changedKeys, createPeople, createWorld, snapshot, type People, type PersonKey } from "@/lib/security/matrix-world"

vi.mock("next-auth", () => import("./security/fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("./security/fake-next-auth").then((fake) => fake.nextHeadersModule()))
vi.mock("next/cache", () => ({ revalidatePath: () => {} }))

const ROOT = path.resolve(import.meta.dirname, "..")

const ACTOR_LABELS: Record<(typeof ACTOR_KINDS)[number], string> = {
  anonymous: "anonymous",
  signedOut: "signed out (revoked session)",
  nonMember: "non-member",
  disabled: "disabled member",
  withoutRole: "member without the module's role",
  withRole: "member with the module's role",
  owner: "owner",
}
const TARGET_LABELS: Record<TargetKind, string> = {
  self: "self",
  owner: "owner",
  anotherMember: "another member",
  seniorMember: "a member holding a role the actor lacks",
  otherAccountMember: "another account's member",
}

// Every server action in the source, each with the rule it was declared with (lib/server-action.ts).
const SERVER_ACTIONS = await loadServerActions(ROOT, findServerActions(ROOT))

describe("the entry points", () => {
  it("are all server actions made by serverAction(), each with its caller rule", () => {
    expect(SERVER_ACTIONS.filter((action) => !action.caller).map((action) => `${action.file}#${action.name}`)).toEqual([])
  })

  it("list exactly the route handlers of the registry (lib/action-registry.ts)", () => {
    const found = findRouteHandlers(ROOT).map((entry) => `${entry.file}#${entry.name}`)
    const registered = Object.entries(ROUTE_HANDLERS).map(([name, entry]) => `${entry.file}#${name}`)
    expect(found.sort()).toEqual(registered.sort())
  })

  it("each have a matrix scenario", () => {
    expect(Object.keys(ACTION_SCENARIOS).sort()).toEqual(SERVER_ACTIONS.map((action) => action.name).sort())
    expect(Object.keys(ROUTE_SCENARIOS).sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort())
  })
})

describe("authorization matrix", () => {
  let people: People
  const totals = { cases: 0, unexpected: 0 }
  beforeAll(async () => {
    people = await createPeople()
    useClientIp("198.51.100.77")
  })
  afterAll(() => console.log(`authorization matrix: ${totals.cases} cases, ${totals.unexpected} unexpected`))

  async function runMatrix(name: string, rule: CallerRule, scenario: Scenario): Promise<string[]> {
    const problems: string[] = []
    const targets: TargetKind[] = scenario.targeted ? [...TARGET_KINDS] : ["self"]
    for (const actorKind of ACTOR_KINDS) {
      for (const targetKind of targets) {
        const problem = await runCell(rule, scenario, actorKind, targetKind)
        totals.cases++
        if (problem) {
          totals.unexpected++
          problems.push(`${name}: ${ACTOR_LABELS[actorKind]} → ${scenario.targeted ? TARGET_LABELS[targetKind] : "(no target)"}: ${problem}`)
        }
      }
    }
    return problems
  }

  async function runCell(rule: CallerRule, scenario: Scenario, actorKind: PersonKey, targetKind: TargetKind): Promise<string | null> {
    const moduleRole = rule.kind === "module" ? MODULES.find((module) => module.path === rule.module)!.grantedBy : "ADMIN"
    const world = await createWorld(people, moduleRole)
    const actor = world.people[actorKind]
    const cell = { world, actor, target: targetKind === "self" ? actor : world.people[targetKind] }
    const prepared = (await scenario.prepare?.(cell)) ?? {}
    const sessionId = world.sessions[actorKind]
    useSession(sessionId ? { userId: actor.userId, sessionId } : null)

    const before = await snapshot(world)
    let outcome: unknown
    try {
      outcome = (await redirectOf(() => scenario.run(cell, prepared))).result
    } catch (error) {
      return `threw ${(error as Error).message}`
    }
    const changes = changedKeys(before, await snapshot(world))

    const expected = callerAllowed(rule, cell) && scenario.targetAllowed(cell, prepared)
    const succeeded = await scenario.succeeded(cell, prepared, outcome)
    const permitted = new Set(succeeded ? await scenario.mayChange(cell, prepared) : [])
    const stray = changes.filter((key) => !permitted.has(key))
    const answer = outcome instanceof Response ? `HTTP ${outcome.status}` : JSON.stringify(outcome)
    if (succeeded !== expected) return `${succeeded ? "succeeded" : "was refused"} but should ${expected ? "succeed" : "be refused"} (answer: ${answer})`
    if (stray.length > 0) return `changed rows it should not have: ${stray.join(", ")} (answer: ${answer})`
    return null
  }

  for (const { name, caller: rule } of SERVER_ACTIONS.filter((action) => action.caller)) {
    const who = rule!.kind === "module" ? `${rule!.module}, granted by ${ROLE_LABELS[MODULES.find((module) => module.path === (rule as { module: string }).module)!.grantedBy]}` : rule!.kind
    it(`server action ${name} (${who})`, async () => {
      expect(await runMatrix(name, rule!, ACTION_SCENARIOS[name]!)).toEqual([])
    })
  }

  for (const [name, scenario] of Object.entries(ROUTE_SCENARIOS)) {
    const rule: CallerRule = ROUTE_HANDLERS[name as keyof typeof ROUTE_HANDLERS].caller
    it(`route handler ${name} (${rule.kind})`, async () => {
      expect(await runMatrix(name, rule, scenario)).toEqual([])
    })
  }
})
