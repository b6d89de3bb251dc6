import { NextRequest } from "next/server"
import { describe, expect, it, vi } from "vitest"
import { GET as listMembers } from "@/app/api/v1/accounts/[accountId]/members/route"
import { GET as listInvitations, POST as invite } from "@/app/api/v1/accounts/[accountId]/invitations/route"
import { PATCH as patchMember } from "@/app/api/v1/accounts/[accountId]/members/[id]/route"
import { GET as listActivity } from "@/app/api/v1/accounts/[accountId]/activity/route"
import { db } from "@/lib/db"
import { addMember, createPerson, uniqueEmail } from "@/tests/factories"
import { removeMember } from "@/lib/members/remove"
import { createApiKey, revokeApiKey } from "./manage"
import { actorFor } from "@/tests/factories"
import { REQUESTS_PER_MINUTE } from "./usage"

vi.mock("next-auth", () => import("@/tests/fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("@/tests/fake-next-auth").then((fake) => fake.nextHeadersModule()))
vi.mock("next/cache", () => ({ revalidatePath: () => {} }))

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>

/** An owner's account with an Admin key, as Settings → APIs makes it. */
async function accountWithKey() {
  const owner = await createPerson("Kai Keymaker")
  const created = await createApiKey(await actorFor(owner.userId, owner.accountId), { name: "Tests", roles: ["ADMIN", "TECHNICAL"], lifetime: "30" })
  if (!created.ok) throw new Error(created.reason)
  return { owner, key: created.key }
}

function call(handler: Handler, accountId: string, key: string | null, options: { method?: string; path?: string; body?: unknown; id?: string; headers?: Record<string, string> } = {}) {
  const url = `http://localhost/api/v1/accounts/${accountId}${options.path ?? ""}`
  const request = new NextRequest(url, {
    method: options.method ?? "GET",
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), "content-type": "application/json", ...options.headers },
    body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
  })
  return handler(request, { params: Promise.resolve({ accountId, ...(options.id ? { id: options.id } : {}) }) })
}

describe("idempotency", () => {
  it("replays the first answer for the same key and body, refuses another body with 422, and gives one effect to racing duplicates", async () => {
    const { owner, key } = await accountWithKey()
    const body = { email: uniqueEmail("once"), roles: ["TECHNICAL"] }
    const headers = { "idempotency-key": "invite-once-1" }
    const first = await call(invite as Handler, owner.accountId, key, { method: "POST", path: "/invitations", body, headers })
    expect(first.status).toBe(201)
    const replay = await call(invite as Handler, owner.accountId, key, { method: "POST", path: "/invitations", body, headers })
    expect(replay.status).toBe(201)
    expect(replay.headers.get("idempotent-replayed")).toBe("true")
    expect(await replay.json()).toEqual(await first.json())
    expect(await db.invitation.count({ where: { accountId: owner.accountId } })).toBe(1)
    expect(await db.outboxMail.count({ where: { to: body.email } })).toBe(1)

    const other = await call(invite as Handler, owner.accountId, key, { method: "POST", path: "/invitations", body: { ...body, email: uniqueEmail("other") }, headers })
    expect(other.status).toBe(422)
    expect(await other.json()).toMatchObject({ error: { code: "idempotency_conflict" } })

    const racing = { email: uniqueEmail("race"), roles: ["TECHNICAL"] }
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => call(invite as Handler, owner.accountId, key, { method: "POST", path: "/invitations", body: racing, headers: { "idempotency-key": "race-1" } })),
    )
    expect(answers.filter((answer) => answer.status === 201).length).toBeGreaterThanOrEqual(1)
    expect(answers.every((answer) => answer.status === 201 || answer.status === 409)).toBe(true)
    expect(await db.outboxMail.count({ where: { to: racing.email } })).toBe(1)
  })
})

describe("pagination", () => {
  it("walks every member once, in order, even when members join between pages", async () => {
    const { owner, key } = await accountWithKey()
    const people = await Promise.all(Array.from({ length: 5 }, (_, index) => createPerson(`Page Member ${index}`)))
    for (const person of people) await addMember(owner.accountId, person.userId, ["TECHNICAL"])
    const seen: string[] = []
    let cursor: string | null = null
    let joined = false
    do {
      const response = await call(listMembers as Handler, owner.accountId, key, { path: `/members?limit=2${cursor ? `&cursor=${cursor}` : ""}` })
      expect(response.status).toBe(200)
      const page = (await response.json()) as { data: { user: { email: string } }[]; next_cursor: string | null }
      seen.push(...page.data.map((member) => member.user.email))
      cursor = page.next_cursor
      if (!joined) {
        // Someone joins after the first page: they come at the end, and nobody repeats.
        const late = await createPerson("Late Joiner")
        await addMember(owner.accountId, late.userId, ["TECHNICAL"])
        people.push(late)
        joined = true
      }
    } while (cursor)
    expect(seen).toEqual(people.map((person) => person.email))
  })

  it("refuses a cursor it did not give, and a limit out of range, with 400", async () => {
    const { owner, key } = await accountWithKey()
    expect(await (await call(listInvitations as Handler, owner.accountId, key, { path: "/invitations?cursor=forged" })).json()).toMatchObject({ error: { code: "invalid_request", field: "cursor" } })
    const yearZero = Buffer.from(JSON.stringify(["0000-01-01T00:00:00.000Z", crypto.randomUUID()])).toString("base64url")
    expect((await call(listMembers as Handler, owner.accountId, key, { path: `/members?cursor=${yearZero}` })).status).toBe(400)
    expect((await call(listActivity as Handler, owner.accountId, key, { path: "/activity?limit=1000" })).status).toBe(400)
  })
})

describe("throttling", () => {
  it("allows 60 requests a minute per key, then answers 429 with Retry-After", async () => {
    const { owner, key } = await accountWithKey()
    // The count is per minute of the database's clock: start well inside one, so all 61 fall in it.
    const [{ seconds }] = (await db.$queryRaw<{ seconds: number }[]>`SELECT extract(second FROM now())::float AS "seconds"`) as [{ seconds: number }]
    if (seconds > 50) await new Promise((resolve) => setTimeout(resolve, (61 - seconds) * 1000))
    const answers: Response[] = []
    for (let request = 0; request <= REQUESTS_PER_MINUTE; request++) answers.push(await call(listInvitations as Handler, owner.accountId, key, { path: "/invitations" }))
    expect(answers.slice(0, REQUESTS_PER_MINUTE).map((answer) => answer.status)).toEqual(Array(REQUESTS_PER_MINUTE).fill(200))
    expect(answers[0]!.headers.get("ratelimit-remaining")).toBe(String(REQUESTS_PER_MINUTE - 1))
    const refused = answers[REQUESTS_PER_MINUTE]!
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0)
    expect(refused.headers.get("ratelimit-remaining")).toBe("0")
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } })
  })
})

describe("a key's life", () => {
  it("dies with its creator's membership (an invitation back does not revive it), and takes its waiting invitations with it", async () => {
    const owner = await createPerson("Rita Revoker")
    const admin = await createPerson("Leo Leaker")
    const membership = await addMember(owner.accountId, admin.userId, ["ADMIN", "TECHNICAL"])
    const created = await createApiKey(await actorFor(admin.userId, owner.accountId), { name: "Leaked", roles: ["ADMIN", "TECHNICAL"], lifetime: "never" })
    if (!created.ok) throw new Error(created.reason)
    const guest = uniqueEmail("via-key")
    expect((await call(invite as Handler, owner.accountId, created.key, { method: "POST", path: "/invitations", body: { email: guest, roles: ["ADMIN"] } })).status).toBe(201)

    // Revoked from Settings → APIs: the invitation it sent is withdrawn with it.
    const second = await createApiKey(await actorFor(admin.userId, owner.accountId), { name: "Second", roles: ["ADMIN", "TECHNICAL"], lifetime: "never" })
    if (!second.ok) throw new Error(second.reason)
    const other = uniqueEmail("via-second")
    await call(invite as Handler, owner.accountId, second.key, { method: "POST", path: "/invitations", body: { email: other, roles: ["TECHNICAL"] } })
    const secondKey = await db.apiKey.findFirstOrThrow({ where: { name: "Second", createdById: admin.userId } })
    expect(await revokeApiKey(await actorFor(owner.userId, owner.accountId), secondKey.id)).toMatchObject({ ok: true })
    expect(await db.invitation.findFirstOrThrow({ where: { email: other } })).toMatchObject({ status: "REVOKED" })

    // The creator removed, then invited back: the first key stays dead.
    expect(await removeMember({ actor: await actorFor(owner.userId, owner.accountId), membershipId: membership.id })).toMatchObject({ ok: true })
    await addMember(owner.accountId, admin.userId, ["ADMIN", "TECHNICAL"])
    const answer = await call(listMembers as Handler, owner.accountId, created.key, { path: "/members" })
    expect(answer.status).toBe(401)
    expect(await db.invitation.findFirstOrThrow({ where: { email: guest } })).toMatchObject({ status: "REVOKED" })
  })
})

describe("errors", () => {
  it("are { error: { code, message, field? } } with real statuses", async () => {
    const { owner, key } = await accountWithKey()
    const technical = await createPerson("Tess Target")
    const membership = await addMember(owner.accountId, technical.userId, ["TECHNICAL"])
    const cases: [Response, number, string, string?][] = [
      [await call(listMembers as Handler, owner.accountId, null, { path: "/members" }), 401, "invalid_key"],
      [await call(invite as Handler, owner.accountId, key, { method: "POST", path: "/invitations", body: "{not json" }), 400, "invalid_request"],
      [await call(invite as Handler, owner.accountId, key, { method: "POST", path: "/invitations", body: { email: "x@example.test", roles: ["OWNER"] } }), 400, "invalid_request", "roles.0"],
      [await call(invite as Handler, owner.accountId, key, { method: "POST", path: "/invitations", body: { email: owner.email, roles: ["TECHNICAL"] } }), 409, "conflict", "email"],
      [await call(patchMember as Handler, owner.accountId, key, { method: "PATCH", path: "/members/x", id: "not-an-id", body: { status: "disabled" } }), 404, "not_found"],
      [await call(patchMember as Handler, owner.accountId, key, { method: "PATCH", path: `/members/${membership.id}`, id: membership.id, body: {} }), 400, "invalid_request"],
      [await call(listMembers as Handler, crypto.randomUUID(), key, { path: "/members" }), 404, "not_found"],
    ]
    for (const [response, status, code, field] of cases) {
      expect(response.status).toBe(status)
      expect(await response.json()).toEqual({ error: { code, message: expect.any(String), ...(field ? { field } : {}) } })
    }
  })
})
