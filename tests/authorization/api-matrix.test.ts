import path from "node:path"
import { NextRequest } from "next/server"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { createPerson } from "@/tests/factories"
import { findRouteHandlers, loadEntryPoints } from "@/tests/authorization/entry-points"
import { API_SCENARIOS, apiSnapshot, createApiWorld, expectedStatus, KEY_KINDS, TARGETS, type ApiPeople } from "@/tests/authorization/api-scenarios"

// Every endpoint of the API, with every kind of key (none, malformed, revoked, expired, another account's, a
// Technical-only key, a disabled creator's, a deleted creator's, an Admin's, the owner's), against a target in the
// key's account and one in another: the exact status, the work done when allowed, and nothing changed otherwise.

vi.mock("next-auth", () => import("../fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("../fake-next-auth").then((fake) => fake.nextHeadersModule()))
vi.mock("next/cache", () => ({ revalidatePath: () => {} }))

const ROOT = path.resolve(import.meta.dirname, "../..")
const ENDPOINTS = (await loadEntryPoints(ROOT, findRouteHandlers(ROOT))).filter((entry) => entry.rule?.kind === "api-key")

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>

describe("the API's authorization matrix", () => {
  let people: ApiPeople
  const totals = { cases: 0 }
  afterAll(() => console.log(`API authorization matrix: ${totals.cases} cases over ${ENDPOINTS.length} endpoints`))
  beforeAll(async () => {
    const [owner, admin, technical, disabled, otherOwner] = await Promise.all(
      ["Ola API-Owner", "Ada API-Admin", "Tim API-Technical", "Dan API-Disabled", "Pia API-Other"].map((name) => createPerson(name)),
    )
    people = { owner: owner!.userId, admin: admin!.userId, technical: technical!.userId, disabled: disabled!.userId, otherOwner: otherOwner!.userId }
  })

  for (const entry of ENDPOINTS) {
    it(`${entry.name}`, async () => {
      const scenario = API_SCENARIOS[entry.name]!
      const handler = ((await import(path.join(ROOT, entry.file))) as Record<string, Handler>)[entry.exported]!
      const [method, routePath] = entry.name.split(" ") as [string, string]
      const problems: string[] = []
      for (const kind of KEY_KINDS) {
        for (const target of scenario.targeted ? TARGETS : (["inAccount"] as const)) {
          const world = await createApiWorld(people)
          const { id, body } = scenario.request(world, target)
          const url = `http://localhost${routePath.replace("[accountId]", world.accountId).replace("[id]", id ?? "")}`
          const key = world.keys[kind]
          const request = new NextRequest(url, {
            method,
            headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), "content-type": "application/json" },
            body: body === undefined ? undefined : JSON.stringify(body),
          })
          const before = await apiSnapshot(world)
          const response = await handler(request, { params: Promise.resolve({ accountId: world.accountId, ...(id ? { id } : {}) }) })
          const expected = expectedStatus(kind, target, scenario.success)
          const allowed = expected === scenario.success
          totals.cases++
          if (response.status !== expected) problems.push(`${kind} key, target ${target}: HTTP ${response.status}, expected ${expected} (${await response.text()})`)
          else if (allowed && !(await scenario.done(world))) problems.push(`${kind} key, target ${target}: answered ${expected} but the work is not done`)
          else if (!allowed && (await apiSnapshot(world)) !== before) problems.push(`${kind} key, target ${target}: refused but changed rows`)
          if (!allowed) {
            const error = ((await response.clone().json().catch(() => null)) as { error?: { code?: string; message?: string } } | null)?.error
            if (!error?.code || !error.message) problems.push(`${kind} key, target ${target}: the refusal is not an { error: { code, message } }`)
          }
        }
      }
      expect(problems).toEqual([])
    })
  }
})
