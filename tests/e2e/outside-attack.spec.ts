// What an outside attack on the production build found, each as the request that did it; every one must now get a
// clean answer, change nothing, and leave the server serving.
import http from "node:http"
import { expect, test } from "@playwright/test"
import { postSignInForm } from "../sign-in-over-http"
import { sql } from "./database"
import { PASSWORD, signUp, uniqueEmail, uniqueIp } from "./helpers"
import { actionId } from "@/tests/server-actions"

const tried: string[] = []
test.afterAll(() => console.log(`outside attack: ${tried.join("; ")}`))

type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/**
 * A request by hand: any method, any target, and a body whose size is announced but which is not sent at all unless
 * `body` is given, so a server answering it must have answered from the headers alone.
 */
function rawRequest(baseURL: string, options: { method: string; path: string; headers?: Record<string, string | number>; body?: string }): Promise<RawAnswer> {
  const url = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, method: options.method, path: options.path, headers: options.headers }, (response) => {
      let body = ""
      response.setEncoding("utf8")
      response.on("data", (chunk: string) => (body += chunk))
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }))
    })
    request.on("error", reject)
    request.setTimeout(15_000, () => request.destroy(new Error(`no answer to ${options.method} ${options.path} within 15 s`)))
    if (options.body !== undefined) request.end(options.body)
    else request.flushHeaders()
  })
}

const health = async (baseURL: string) => (await rawRequest(baseURL, { method: "GET", path: "/api/health" })).status

test("one request cannot take the server down: a body over its route's limit is refused with 413 from its headers, before a byte is read", async ({ baseURL }) => {
  const hundredMegabytes = 100 * 1024 * 1024
  const form = { "content-type": "application/x-www-form-urlencoded", "content-length": hundredMegabytes }
  // The finding: 100 MB of form data to Auth.js's credentials callback killed the process.
  const authCallback = await rawRequest(baseURL!, { method: "POST", path: "/api/auth/callback/credentials", headers: form })
  expect(authCallback.status).toBe(413)
  expect(authCallback.body).toContain("at most 16 KB")
  const signInAction = await rawRequest(baseURL!, { method: "POST", path: "/sign-in", headers: { ...form, "next-action": actionId("signInAction") } })
  expect(signInAction.status).toBe(413)
  expect(signInAction.body).toContain("at most 8 KB")
  const justOver = await rawRequest(baseURL!, { method: "POST", path: "/accounts/00000000-0000-4000-8000-000000000000/settings/users", headers: { ...form, "content-length": 64 * 1024 + 1 } })
  expect(justOver.status).toBe(413)
  // A body of unannounced size could only be refused after reading it: it must announce its size.
  const chunked = await rawRequest(baseURL!, { method: "POST", path: "/sign-in", headers: { "transfer-encoding": "chunked" } })
  expect(chunked.status).toBe(411)
  expect(await health(baseURL!)).toBe(200)
  tried.push("100 MB announced to the Auth.js callback and the sign-in action, 64 KB + 1 to Users, a chunked body: 413, 413, 413, 411")
})

test("return paths stay on this site: a tab, a newline or a backslash in ?next= lands at home, signed in or signing in", async ({ page, baseURL }) => {
  const email = uniqueEmail("redirect")
  await signUp(page, "Rita Redirect", email)
  for (const next of ["/%09/evil.example", "/%0a/evil.example", "/%5C/evil.example", "//evil.example", "/.//evil.example"]) {
    const answer = await page.request.get(`/sign-in?next=${next}`, { maxRedirects: 0 })
    expect(answer.status(), next).toBe(307)
    expect(answer.headers().location, next).toBe("/")
  }
  // Signing in with a return path that cannot be a header (CR/LF, beyond Latin-1) used to fail after the session
  // row was written.
  for (const next of ["/accounts\r\nSet-Cookie: x=1", "/caf\u00e9/\u2603", "/\t/evil.example"]) {
    const answer = await postSignInForm(baseURL!, email, PASSWORD, { "x-forwarded-for": uniqueIp() }, { next })
    expect(answer.status, JSON.stringify(next)).toBe(303)
    expect(new URL(answer.location).pathname, JSON.stringify(next)).toBe("/")
    expect(new URL(answer.location).origin).toBe(new URL(baseURL!).origin)
  }
  tried.push("5 return paths signed in, 3 through the sign-in form")
})

test("Auth.js's own endpoints are closed: a revoked cookie gets no session, no user and no fresh cookie", async ({ page, baseURL }) => {
  await signUp(page, "Sam Session", uniqueEmail("session"))
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === "authjs.session-token")!
  await page.getByRole("button", { name: "Sign out" }).click()
  await expect(page).toHaveURL(/\/sign-in/)
  for (const [method, path] of [
    ["GET", "/api/auth/session"],
    ["GET", "/api/auth/csrf"],
    ["GET", "/api/auth/providers"],
    ["POST", "/api/auth/callback/credentials"],
    ["POST", "/api/auth/signout"],
  ] as const) {
    const answer = await rawRequest(baseURL!, { method, path, headers: { cookie: `authjs.session-token=${cookie.value}`, "content-length": 0 }, body: "" })
    expect(answer.status, `${method} ${path}`).toBe(404)
    expect(answer.headers["set-cookie"], `${method} ${path}`).toBeUndefined()
    expect(answer.body, `${method} ${path}`).not.toContain(cookie.value.slice(0, 20))
  }
  tried.push("5 Auth.js endpoints with a revoked cookie")
})

test("inputs that gave 500 get a clean answer: TRACE, a page number past int64, a bad escape, a foreign origin, arguments of the wrong type", async ({ page, baseURL }) => {
  const accountId = await signUp(page, "Fay Fuzzed", uniqueEmail("inputs"))
  for (const path of [`/accounts/${accountId}/dashboard`, "/api/accounts", "/api/health"]) {
    expect((await rawRequest(baseURL!, { method: "TRACE", path })).status, `TRACE ${path}`).toBe(405)
  }
  for (const page_ of ["1e20", "99999999999999999999", "-1"]) {
    expect((await page.request.get(`/accounts/${accountId}/settings/users?page=${page_}`)).status(), page_).toBe(200)
    expect((await page.request.get(`/accounts/${accountId}/settings/users/activity?page=${page_}`)).status(), page_).toBe(200)
  }
  expect((await rawRequest(baseURL!, { method: "GET", path: "/invitations/%ZZ" })).status).toBe(400)

  const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ")
  const action = (name: string, body: string, headers: Record<string, string> = {}) =>
    rawRequest(baseURL!, {
      method: "POST",
      path: `/accounts/${accountId}/settings/users`,
      headers: { cookie, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", "next-action": actionId(name), "content-length": Buffer.byteLength(body), ...headers },
      body,
    })
  const before = await sql<{ count: string }>(`SELECT count(*) FROM "Invitation" WHERE "accountId" = $1`, [accountId])
  expect((await action("sendInvitationAction", JSON.stringify([accountId, null, "a string, not a form"]))).status).toBe(200)
  expect((await action("sendInvitationAction", JSON.stringify([{ id: accountId }, 42, [1, 2]]))).status).toBe(200)
  expect((await action("setMemberStatusAction", JSON.stringify([accountId, "not-an-id", { status: "OWNER" }]))).status).toBe(200)
  // React decodes "$T" as a temporary reference, which throws when a schema reads it: refused, not a crash.
  for (const temporary of ['["$T"]', '["$T", 1, 2]']) {
    const answer = await rawRequest(baseURL!, {
      method: "POST",
      path: "/reset-password/some-token",
      headers: { accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", "next-action": actionId("resetPasswordAction"), "content-length": Buffer.byteLength(temporary) },
      body: temporary,
    })
    expect(answer.status, temporary).toBe(200)
  }
  expect((await action("sendInvitationAction", JSON.stringify([accountId]), { origin: "https://evil.example" })).status).toBe(403)
  // Arguments React itself cannot decode (not JSON, references to nothing) are the client's fault: 400.
  for (const undecodable of ["not json", "[", '["$Q1"]', '["$F1"]', '["$1"]', '"x"']) {
    expect((await action("sendInvitationAction", undecodable)).status, undecodable).toBe(400)
  }
  expect(await sql<{ count: string }>(`SELECT count(*) FROM "Invitation" WHERE "accountId" = $1`, [accountId])).toEqual(before)
  expect(await health(baseURL!)).toBe(200)
  tried.push("TRACE on 3 paths, 3 page numbers on 2 lists, /invitations/%ZZ, 3 actions with wrong arguments, 2 with temporary references, 6 undecodable, 1 from another origin")
})

test("a session cookie planted from a sibling domain does not sign the person out", async ({ page, baseURL }) => {
  const accountId = await signUp(page, "Pia Planted", uniqueEmail("planted"))
  const session = (await page.context().cookies()).find((candidate) => candidate.name === "authjs.session-token")!
  const dashboard = (cookie: string) => rawRequest(baseURL!, { method: "GET", path: `/accounts/${accountId}/dashboard`, headers: { cookie } })
  // What a sibling domain can plant: a __Secure- cookie that does not decrypt, or a second cookie of the same name
  // (the browser sends both, the planted one first).
  for (const planted of ["__Secure-authjs.session-token=planted-by-a-sibling", "authjs.session-token=planted-too"]) {
    const answer = await dashboard(`${planted}; authjs.session-token=${session.value}`)
    expect(answer.status, planted).toBe(200)
    expect(answer.body, planted).toContain("Dashboard")
  }
  expect((await dashboard("authjs.session-token=planted-alone")).status).toBe(307)
  tried.push("planted __Secure- and same-name cookies")
})
