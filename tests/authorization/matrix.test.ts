import path from "node:path"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { MODULES } from "@/lib/modules"
import type { CallerRule } from "@/lib/actions/server-action"
import { findRouteHandlers, findServerActions, loadEntryPoints, type LoadedEntry } from "@/tests/authorization/entry-points"
import { redirectOf, useClientIp, useSession } from "@/tests/fake-next-auth"
import { ACTION_SCENARIOS, ACTOR_KINDS, callerAllowed, ROUTE_SCENARIOS, TARGET_KINDS, type Scenario, type TargetKind } from "@/tests/authorization/scenarios"
import { API_SCENARIOS } from "@/tests/authorization/api-scenarios"
import { changedKeys, createPeople, createWorld, snapshot, type People, type PersonKey } from "@/tests/authorization/world"

vi.mock("next-auth", () => import("../fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("../fake-next-auth").then((fake) => fake.nextHeadersModule()))
vi.mock("next/cache", () => ({ revalidatePath: () => {} }))

const ROOT = path.resolve(import.meta.dirname, "../..")

const ACTOR_LABELS: Record<(typeof ACTOR_KINDS)[number], string> = {
  anonymous: "anonymous",
  signedOut: "signed out (revoked session)",
  nonMember: "non-member",
  disabled: "disabled member",
  withoutRole: "member without the module's role",
  withRole: "member with the module's role",
  owner: "owner",
  withoutTwoFactor: "member without 2FA in an account that requires it",
}
const TARGET_LABELS: Record<TargetKind, string> = {
  self: "self",
  owner: "owner",
  anotherMember: "another member",
  seniorMember: "a member holding a role the actor lacks",
  otherAccountMember: "another account's member",
}

// Every server action and route handler in the source, each with the rule it was declared with.
const SERVER_ACTIONS = await loadEntryPoints(ROOT, findServerActions(ROOT))
const ROUTE_HANDLERS = await loadEntryPoints(ROOT, findRouteHandlers(ROOT))
const unruled = (entries: LoadedEntry[]) => entries.filter((entry) => !entry.rule).map((entry) => `${entry.file}#${entry.name}`)

describe("the entry points", () => {
  it("are all made by serverAction() or routeHandler(), each with its caller rule", () => {
    expect(unruled(SERVER_ACTIONS)).toEqual([])
    expect(unruled(ROUTE_HANDLERS)).toEqual([])
  })

  it("each have a matrix scenario (the API's endpoints theirs, in tests/authorization/api-matrix.test.ts)", () => {
    expect(Object.keys(ACTION_SCENARIOS).sort()).toEqual(SERVER_ACTIONS.map((action) => action.name).sort())
    expect(Object.keys(ROUTE_SCENARIOS).sort()).toEqual(ROUTE_HANDLERS.filter((route) => route.rule?.kind !== "api-key").map((route) => route.name).sort())
    expect(Object.keys(API_SCENARIOS).sort()).toEqual(ROUTE_HANDLERS.filter((route) => route.rule?.kind === "api-key").map((route) => route.name).sort())
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
    await scenario.cleanUp?.(cell, prepared)
    const answer = outcome instanceof Response ? `HTTP ${outcome.status}` : JSON.stringify(outcome)
    if (succeeded !== expected) return `${succeeded ? "succeeded" : "was refused"} but should ${expected ? "succeed" : "be refused"} (answer: ${answer})`
    if (stray.length > 0) return `changed rows it should not have: ${stray.join(", ")} (answer: ${answer})`
    return null
  }

  const described = (rule: CallerRule) =>
    rule.kind === "module" ? `${rule.module}, granted by ${MODULES.find((module) => module.path === rule.module)!.grantedBy}` : rule.kind
  for (const { name, rule } of SERVER_ACTIONS) {
    if (!rule || rule.kind === "api-key" || !ACTION_SCENARIOS[name]) continue // reported above
    it(`server action ${name} (${described(rule)})`, async () => {
      expect(await runMatrix(name, rule, ACTION_SCENARIOS[name]!)).toEqual([])
    })
  }

  for (const { name, rule } of ROUTE_HANDLERS) {
    if (!rule || rule.kind === "api-key" || !ROUTE_SCENARIOS[name]) continue // reported above, or in the API's matrix
    it(`route handler ${name} (${described(rule)})`, async () => {
      expect(await runMatrix(name, rule, ROUTE_SCENARIOS[name]!)).toEqual([])
    })
  }
})
