// Hostile requests, generated, against every route and every server action of the build: any method, malformed
// paths and queries, hostile arguments of any type, forged and revoked cookies, foreign origins, bodies of any
// announced size. No answer may be a 5xx, and nothing in the database may change (a hostile request never does
// anything). FUZZ_SEED=<n> replays a run; FUZZ_REQUESTS=<n> sets its length.
import crypto from "node:crypto"
import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import fc from "fast-check"
import { expect, test } from "@playwright/test"
import { sql } from "./database"
import { signUp, uniqueEmail } from "./helpers"
import { builtActions, type BuiltAction } from "@/tests/server-actions"
import { newApiKey } from "@/lib/api/keys"
import { E2E_METRICS_TOKEN } from "./metrics-token"

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 700)
const SEED = Number(process.env.FUZZ_SEED ?? crypto.randomInt(2 ** 31))
const ROUTES = Object.values(JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../.next/app-path-routes-manifest.json"), "utf8")) as Record<string, string>)
  .filter((route) => !route.startsWith("/_"))
  // Paths the app does not serve, where a framework's defaults answer.
  .concat(["/api/auth/[...nextauth]", "/api/v1/[...path]", "/[...anything]"])

const METHODS = ["GET", "GET", "GET", "HEAD", "POST", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "M-SEARCH"]

const HOSTILE_TEXT = [
  "",
  " ",
  "%ZZ",
  "%00",
  "%E0%A4%A",
  "..%2F..%2Fetc%2Fpasswd",
  "%0d%0aSet-Cookie:%20x=1",
  "%09/evil.example",
  "//evil.example",
  "1e20",
  "-1",
  "99999999999999999999",
  "00000000-0000-4000-8000-000000000000",
  "$K1",
  "$@1",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "\u202e\u200b",
  "a".repeat(3000),
]

type Who = "anonymous" | "owner" | "member" | "stranger" | "forged" | "revoked"
/** What each caller sends /api/metrics: the owner and the member the server's token, a forger a wrong one. */
const METRICS_TOKENS: Partial<Record<Who, string>> = { owner: E2E_METRICS_TOKEN, member: E2E_METRICS_TOKEN, forged: `${E2E_METRICS_TOKEN}-forged` }
/** Each caller's API key, sent with every request to the API: the owner's and member's to their account, the stranger's to theirs, a forged and a revoked one. */
type Scene = { cookies: Record<Who, string>; ownAccount: Record<Who, string | undefined>; strangerAccount: string; apiKeys: Record<Who, string | undefined> }
type FuzzRequest = { who: Who; method: string; path: string; headers: Record<string, string | number>; body?: string; describe: string }

const text = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }))
/** React's references in an encoded argument ("$K1" a FormData, "$Q1" a Map…), pointing at nothing or at the wrong thing. */
const reference = fc.constantFrom("$K1", "$K9", "$Q1", "$W1", "$F1", "$1", "$@9", "$h0", "$T", "$D", "$n1", "$B1", "$S", "$")
/** What a hostile argument can be: anything JSON carries, never an email address (a valid one could be invited). */
const argument = fc
  .oneof(text, reference, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.uuid(), fc.array(fc.oneof(text, reference), { maxLength: 3 }), fc.dictionary(text, text, { maxKeys: 3 }))
  .filter((value) => !JSON.stringify(value).includes("@"))
/** As a client would put it in a request line: printable ASCII as is (escapes, even broken ones, included), the rest encoded. */
const inUrl = (value: string) => (/^[\x21-\x7e]*$/.test(value) ? value : encodeURIComponent(value.toWellFormed()))
const pathSegment = fc
  .oneof(fc.constantFrom(...HOSTILE_TEXT.filter((value) => value !== "")), fc.stringMatching(/^[a-zA-Z0-9._~-]{1,20}$/), fc.uuid(), text.filter(Boolean))
  .map(inUrl)

function fuzzRequests(scene: Scene, actions: BuiltAction[]): fc.Arbitrary<FuzzRequest> {
  const who = fc.constantFrom<Who>("anonymous", "owner", "member", "stranger", "forged", "revoked")
  // An account in a path or an argument: the caller's own (so refusals past authorization are reached), another's, none.
  const accountFor = (person: Who) =>
    fc.oneof(...[scene.ownAccount[person], scene.strangerAccount].filter((id): id is string => Boolean(id)).map((id) => fc.constant(id)), fc.uuid(), pathSegment)
  const fill = (pattern: string, person: Who) =>
    fc
      .tuple(...pattern.split("/").map((part) => (/^\[\.\.\./.test(part) ? fc.array(pathSegment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("/")) : part === "[accountId]" ? accountFor(person) : part.startsWith("[") ? pathSegment : fc.constant(part))))
      .map((parts) => parts.join("/"))
  const query = fc.array(fc.tuple(fc.constantFrom("page", "next", "q", "email", "invitation", "x"), text), { maxLength: 3 }).map((pairs) =>
    pairs.length ? `?${pairs.map(([key, value]) => `${key}=${inUrl(value).replaceAll("&", "%26").replaceAll("#", "%23")}`).join("&")}` : "",
  )
  const size = fc.oneof({ weight: 9, arbitrary: fc.constant<"actual">("actual") }, { weight: 1, arbitrary: fc.integer({ min: 70_000, max: 200_000_000 }) })
  const origin = fc.constantFrom<string | undefined>(undefined, undefined, "SAME", "https://evil.example", "null")

  const routeRequest = fc.tuple(who, fc.constantFrom(...ROUTES), fc.constantFrom(...METHODS), text, size).chain(([person, route, method, body, announced]) =>
    fc.tuple(fill(route, person), query).map(([filled, search]): FuzzRequest => {
      const payload = method === "GET" || method === "HEAD" ? undefined : body
      // As for the sign-out action below: signing out is only tried without a live session.
      const caller: Who = route === "/sign-out" && (person === "owner" || person === "member" || person === "stranger") ? "anonymous" : person
      const key = route.startsWith("/api/v1/accounts/") ? scene.apiKeys[caller] : undefined
      const metricsToken = route === "/api/metrics" ? METRICS_TOKENS[caller] : undefined
      const headers = {
        ...sized(payload, announced),
        ...(key ? { authorization: `Bearer ${key}`, "content-type": "application/json" } : {}),
        ...(metricsToken ? { authorization: `Bearer ${metricsToken}` } : {}),
      }
      return { who: caller, method, path: `${filled}${search}`, headers, body: announced === "actual" ? payload : undefined, describe: `${method} ${route}` }
    }),
  )

  const encoding = fc.constantFrom<Encoding>("json", "json", "multipart", "multipart", "raw")
  const actionRequest = fc.tuple(who, fc.constantFrom(...actions), origin, size, encoding).chain(([person, action, from, announced, encodedAs]) =>
    // Signing out is every caller's right: it is only tried without a live session, where it has nothing to end.
    fc
      .tuple(
        fill(action.pages[0]!, person),
        // An account action's first argument is the account: the caller's own, so that its refusals are reached.
        fc.tuple(action.file.includes("[accountId]") ? accountFor(person) : argument, fc.array(fc.oneof(argument, fc.constant("$K1"), accountFor("anonymous")), { maxLength: 4 })).map(
          ([first, rest]) => [first, ...rest],
        ),
        fc.dictionary(fc.constantFrom("email", "roles", "name", "password", "next", "invitation", "status", "url", "events", "description"), argument.map((value) => (typeof value === "string" ? value : JSON.stringify(value))), { maxKeys: 4 }),
        fc.oneof({ weight: 9, arbitrary: fc.constant(action.id) }, { weight: 1, arbitrary: fc.stringMatching(/^[0-9a-f]{42}$/) }),
        text,
      )
      .map(([page, args, fields, id, raw]): FuzzRequest => {
        const caller: Who = /signOut/.test(action.name) && (person === "owner" || person === "member" || person === "stranger") ? "anonymous" : person
        const encoded = encodeArguments(encodedAs, args, fields, raw)
        const headers: Record<string, string | number> = { accept: "text/x-component", "next-action": id, "content-type": encoded.contentType, ...sized(encoded.body, announced) }
        if (from) headers.origin = from
        return { who: caller, method: "POST", path: page, headers, body: announced === "actual" ? encoded.body : undefined, describe: `${action.name} (${action.file})` }
      }),
  )
  return fc.oneof(routeRequest, actionRequest)
}

/** The body's real length, or a size announced (and never sent) far beyond any limit. */
function sized(body: string | undefined, announced: "actual" | number): Record<string, number> {
  if (body === undefined && announced === "actual") return {}
  return { "content-length": announced === "actual" ? Buffer.byteLength(body ?? "") : announced }
}

const BOUNDARY = "----HitflowFuzzBoundary"
type Encoding = "json" | "multipart" | "raw"
/** React's encoding of server action arguments (a JSON array, or multipart with a form's fields as "_1_<name>"), or none. */
function encodeArguments(as: Encoding, args: unknown[], fields: Record<string, string>, raw: string): { contentType: string; body: string } {
  if (as === "raw") return { contentType: "text/plain;charset=UTF-8", body: raw }
  if (as === "json") return { contentType: "text/plain;charset=UTF-8", body: JSON.stringify(args) }
  const part = (name: string, value: string) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
  const body = [...Object.entries(fields).map(([name, value]) => part(`_1_${name}`, value)), part("0", JSON.stringify(args)), `--${BOUNDARY}--\r\n`].join("")
  return { contentType: `multipart/form-data; boundary=${BOUNDARY}`, body }
}

function send(baseURL: string, request: FuzzRequest, cookie: string): Promise<number> {
  const url = new URL(baseURL)
  const headers: Record<string, string | number> = { ...request.headers, ...(cookie ? { cookie } : {}) }
  if (headers.origin === "SAME") headers.origin = url.origin
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: url.hostname, port: url.port, method: request.method, path: request.path, headers }, (response) => {
      response.resume()
      response.on("end", () => resolve(response.statusCode!))
    })
    outgoing.on("error", reject)
    outgoing.setTimeout(20_000, () => outgoing.destroy(new Error("no answer within 20 s")))
    if (request.body !== undefined) outgoing.end(request.body)
    else if (request.headers["content-length"] !== undefined) outgoing.flushHeaders()
    else outgoing.end()
  })
}

/**
 * Everything a request could change, as one digest: not throttle counters (they count refused attempts), nor the
 * secret Set up draws (it takes nothing but a session, and the secret does nothing until Turn on, which takes the
 * password).
 */
async function dataDigest(): Promise<string> {
  const [row] = await sql<{ digest: string }>(`
    SELECT md5(coalesce(string_agg(line, '|' ORDER BY line), '')) AS digest FROM (
      SELECT 'user ' || "id" || "email" || "name" || "passwordHash" || coalesce("emailVerifiedAt"::text, '') || coalesce("lastAccountId"::text, '')
        || coalesce("twoFactorEnabledAt"::text, '') FROM "User"
      UNION ALL SELECT 'account ' || "id" || "name" || "ownerId" || "requireTwoFactor"::text FROM "Account"
      UNION ALL SELECT 'transfer ' || "id" || "status" FROM "OwnershipTransfer"
      UNION ALL SELECT 'recovery ' || "id" || coalesce("usedAt"::text, '') FROM "RecoveryCode"
      UNION ALL SELECT 'apikey ' || "id" || coalesce("revokedAt"::text, '') FROM "ApiKey"
      UNION ALL SELECT 'webhook ' || "id" || "url" || "secret" || coalesce("disabledAt"::text, '') FROM "WebhookEndpoint"
      UNION ALL SELECT 'delivery ' || "id" || "status" FROM "WebhookDelivery"
      UNION ALL SELECT 'membership ' || "id" || "accountId" || "userId" || "roles"::text || "status" || "lastOpenedAt"::text FROM "Membership"
      UNION ALL SELECT 'invitation ' || "id" || "status" || "tokenHash" || "roles"::text || "expiresAt"::text || "invitedById" FROM "Invitation"
      UNION ALL SELECT 'session ' || "id" || coalesce("revokedAt"::text, '') FROM "Session"
      UNION ALL SELECT 'mail ' || "id" FROM "OutboxMail"
      UNION ALL SELECT 'audit ' || "id" FROM "AuditEvent"
    ) AS everything(line)`)
  return row!.digest
}

async function cookieOf(page: import("@playwright/test").Page): Promise<string> {
  return (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ")
}

test("fuzz: hostile requests to every route and server action get no 5xx and change nothing", async ({ browser, baseURL }) => {
  test.setTimeout(240_000)
  const context = await browser.newContext()
  const page = await context.newPage()
  const ownerEmail = uniqueEmail("fuzz-owner")
  const ownerAccount = await signUp(page, "Olga Owner", ownerEmail)
  const owner = await cookieOf(page)
  await context.clearCookies()
  const memberEmail = uniqueEmail("fuzz-member")
  await signUp(page, "Max Member", memberEmail)
  const member = await cookieOf(page)
  await sql(`INSERT INTO "Membership" ("id", "accountId", "userId", "roles", "updatedAt") SELECT gen_random_uuid(), $1, "id", '{TECHNICAL,ADMIN}', now() FROM "User" WHERE "email" = $2`, [
    ownerAccount,
    memberEmail,
  ])
  await context.clearCookies()
  const strangerEmail = uniqueEmail("fuzz-stranger")
  const strangerAccount = await signUp(page, "Stan Stranger", strangerEmail)
  const stranger = await cookieOf(page)
  await context.clearCookies()
  await signUp(page, "Rex Revoked", uniqueEmail("fuzz-revoked"))
  const revoked = await cookieOf(page)
  await page.getByRole("button", { name: "Sign out" }).click()
  await page.waitForURL(/\/sign-in/)
  await context.close()
  // A pending invitation past its expiry would be swept (and audited) mid-run: sweep it now.
  await sql(`UPDATE "Invitation" SET "status" = 'EXPIRED' WHERE "status" = 'PENDING' AND "expiresAt" <= now()`)

  const keyOf = async (accountId: string, email: string, roles: string, revokedAt: Date | null = null) => {
    const { key, keyHash, prefix } = newApiKey()
    await sql(
      `INSERT INTO "ApiKey" ("id", "accountId", "createdById", "name", "prefix", "keyHash", "roles", "revokedAt") SELECT gen_random_uuid(), $1, "id", 'Fuzz', $2, $3, $4::"Role"[], $5 FROM "User" WHERE "email" = $6`,
      [accountId, prefix, keyHash, roles, revokedAt, email],
    )
    return key
  }
  const scene: Scene = {
    cookies: { anonymous: "", owner, member, stranger, forged: "authjs.session-token=eyJhbGciOiJkaXIifQ..forged", revoked },
    apiKeys: {
      anonymous: undefined,
      owner: await keyOf(ownerAccount, ownerEmail, "{ADMIN,TECHNICAL,BILLING}"),
      member: await keyOf(ownerAccount, memberEmail, "{TECHNICAL}"),
      stranger: await keyOf(strangerAccount, strangerEmail, "{ADMIN}"),
      forged: `hf_live_${"A".repeat(43)}`,
      revoked: await keyOf(ownerAccount, ownerEmail, "{ADMIN}", new Date()),
    },
    ownAccount: { anonymous: undefined, owner: ownerAccount, member: ownerAccount, stranger: strangerAccount, forged: undefined, revoked: undefined },
    strangerAccount,
  }
  const requests = fc.sample(fuzzRequests(scene, builtActions()), { numRuns: REQUESTS, seed: SEED })
  const failures: string[] = []
  const tally = { serverErrors: 0, dataChanges: 0, byStatus: new Map<number, number>() }
  let digest = await dataDigest()
  for (const request of requests) {
    const status = await send(baseURL!, request, scene.cookies[request.who])
    tally.byStatus.set(status, (tally.byStatus.get(status) ?? 0) + 1)
    const after = await dataDigest()
    const what = `${request.describe} as ${request.who}: ${request.method} ${request.path.slice(0, 200)} ${JSON.stringify(request.headers).slice(0, 300)} ${JSON.stringify(request.body ?? "").slice(0, 300)}`
    if (status >= 500) {
      tally.serverErrors++
      failures.push(`HTTP ${status} for ${what}`)
    }
    if (after !== digest) {
      tally.dataChanges++
      failures.push(`data changed after ${what}`)
      digest = after
    }
  }
  const statuses = [...tally.byStatus.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(" ")
  console.log(`fuzz: ${requests.length} requests, ${tally.serverErrors} × 5xx, ${tally.dataChanges} data changes (seed ${SEED}; ${statuses})`)
  expect(failures.slice(0, 10)).toEqual([])
})
