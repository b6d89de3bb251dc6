import crypto from "node:crypto"
import { expect, test, type APIResponse, type Page, type Request } from "@playwright/test"
import { postSignInForm } from "../sign-in-over-http"
import { sql } from "./database"
import { invite, PASSWORD, signUp, uniqueEmail, uniqueIp } from "./helpers"

const tried: string[] = []
test.afterAll(() => console.log(`security e2e: ${tried.join("; ")}`))

function expectSecurityHeaders(response: APIResponse, where: string) {
  const headers = response.headers()
  const csp = headers["content-security-policy"] ?? ""
  expect(csp, where).toContain("frame-ancestors 'none'")
  expect(csp, where).toContain("object-src 'none'")
  expect(csp, where).toContain("form-action 'self'")
  expect(csp, where).not.toContain("unsafe-eval")
  expect(headers["x-frame-options"], where).toBe("DENY")
  expect(headers["x-content-type-options"], where).toBe("nosniff")
  expect(headers["strict-transport-security"], where).toContain("max-age=")
  expect(headers["referrer-policy"], where).toBeTruthy()
}

test("security headers are on every response, the proxy's refusals included; invitation links send no referrer", async ({ page }) => {
  await signUp(page, "Header Checker", uniqueEmail("headers"))
  const responses: Record<string, APIResponse> = {
    "sign-in page": await page.request.get("/sign-in"),
    "invitation page": await page.request.get("/invitations/not-a-real-token"),
    "proxy's 404": await page.request.get("/accounts/00000000-0000-4000-8000-000000000000/dashboard"),
    "page not found": await page.request.get("/no-such-page"),
    "route handler": await page.request.get("/api/health"),
  }
  expect(responses["proxy's 404"]!.status()).toBe(404)
  for (const [where, response] of Object.entries(responses)) expectSecurityHeaders(response, where)
  expect(responses["sign-in page"]!.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin")
  expect(responses["invitation page"]!.headers()["referrer-policy"]).toBe("no-referrer")
  tried.push(`headers on ${Object.keys(responses).length} kinds of response`)
})

test("the app works under its Content-Security-Policy: no violation while signing up and inviting", async ({ page }) => {
  const violations: string[] = []
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  page.on("pageerror", (error) => violations.push(error.message))
  const accountId = await signUp(page, "Csp Checker", uniqueEmail("csp"))
  await invite(page, accountId, uniqueEmail("guest"), ["Technical"])
  await page.goto(`/accounts/${accountId}/settings/users/activity`)
  await expect(page.getByText(/invited/)).toBeVisible()
  expect(violations).toEqual([])
  tried.push("CSP: sign-up, invitation and activity pages without a violation")
})

test("the session cookie is HttpOnly and SameSite=Lax, and Secure with the __Secure- prefix behind HTTPS", async ({ page, baseURL }) => {
  const email = uniqueEmail("cookie")
  await signUp(page, "Cookie Checker", email)
  const session = (await page.context().cookies()).find((cookie) => cookie.name === "authjs.session-token")
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false })

  // Behind a TLS-terminating proxy (X-Forwarded-Proto: https), as in production: the sign-in form, posted.
  const response = await postSignInForm(baseURL!, email, PASSWORD, { "x-forwarded-proto": "https", "x-forwarded-for": uniqueIp() })
  expect(response.status).toBe(303)
  const cookie = response.cookies.find((value) => value.startsWith("__Secure-authjs.session-token="))
  expect(cookie).toBeDefined()
  expect(cookie).toMatch(/;\s*HttpOnly/i)
  expect(cookie).toMatch(/;\s*Secure/i)
  expect(cookie).toMatch(/;\s*SameSite=Lax/i)
  tried.push("session cookie flags over http and behind https")
})

test("an account that has sent 50 invitations in 24 hours is told so next to the form", async ({ page }) => {
  const accountId = await signUp(page, "Busy Owner", uniqueEmail("busy"))
  // The 50 earlier sends, as the throttle counts them (sending them through the form would only be slower).
  await sql(`INSERT INTO "RateLimitEvent" ("id", "key", "createdAt") SELECT gen_random_uuid(), $1, now() AT TIME ZONE 'UTC' FROM generate_series(1, 50)`, [
    `invite:account:${accountId}`,
  ])
  await page.goto(`/accounts/${accountId}/settings/users`)
  await page.getByRole("button", { name: "Send Invitation" }).click()
  await page.getByLabel("Email addresses").fill(uniqueEmail("one-more"))
  await page.getByRole("button", { name: "Send request" }).click()
  await expect(page.getByText("This account has sent 50 invitations in the last 24 hours. Try again later.")).toBeVisible()
  await expect(page.getByText("No pending invitations.")).toBeVisible()
  tried.push("invitation 51 of 24 hours")
})

/** Lets the page submit a form but keeps the server action's request from leaving, to replay it by hand. */
async function captureServerAction(page: Page, path: string, submit: () => Promise<void>): Promise<Request> {
  let captured: Request | undefined
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      captured = route.request()
      await route.abort()
    } else {
      await route.continue()
    }
  })
  await submit()
  await expect.poll(() => captured !== undefined).toBe(true)
  await page.unroute(`**${path}`)
  return captured!
}

test("a server action posted from another origin is refused and changes nothing; the same post from our origin works", async ({ page, baseURL }) => {
  const email = uniqueEmail("csrf")
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() })
  await page.goto("/sign-up")
  const action = await captureServerAction(page, "/sign-up", async () => {
    await page.getByLabel("Name").fill("Cross Origin")
    await page.getByLabel("Email").fill(email)
    await page.getByLabel("Password").fill(PASSWORD)
    await page.getByRole("button", { name: "Create account" }).click()
  })
  const headers = Object.fromEntries(Object.entries(await action.allHeaders()).filter(([name]) => !/^(host|content-length|cookie|origin|referer)$/i.test(name) && !name.startsWith(":")))
  const body = action.postDataBuffer()!
  const usersWithEmail = async () => (await sql<{ count: string }>(`SELECT count(*) FROM "User" WHERE "email" = $1`, [email]))[0]!.count

  const forged = await page.request.post("/sign-up", { headers: { ...headers, origin: "https://evil.example", referer: "https://evil.example/" }, data: body, maxRedirects: 0 })
  expect(forged.status()).toBe(403)
  expect(await usersWithEmail()).toBe("0")

  const genuine = await page.request.post("/sign-up", { headers: { ...headers, origin: baseURL! }, data: body, maxRedirects: 0 })
  expect(genuine.status()).toBeLessThan(400)
  expect(await usersWithEmail()).toBe("1")
  tried.push(`a sign-up action replayed from https://evil.example (HTTP ${forged.status()}) and from our origin (HTTP ${genuine.status()})`)
})

test("every kind of bad invitation link gets its own plain page, with nothing to accept", async ({ page }) => {
  const email = uniqueEmail("inviter")
  const accountId = await signUp(page, "Link Inviter", email)
  const [inviter] = await sql<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [email])
  const withStatus = async (status: string, expiresInHours = 24) => {
    const token = crypto.randomBytes(32).toString("base64url")
    await sql(
      `INSERT INTO "Invitation" ("id", "accountId", "email", "roles", "tokenHash", "status", "invitedById", "expiresAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, ARRAY['TECHNICAL']::"Role"[], $3, $4::"InvitationStatus", $5, now() + make_interval(hours => $6), now())`,
      [accountId, uniqueEmail("guest"), crypto.createHash("sha256").update(token).digest("hex"), status, inviter!.id, expiresInHours],
    )
    return token
  }
  const pending = await withStatus("PENDING")
  const pages: Record<string, [string, string]> = {
    wrong: [crypto.randomBytes(32).toString("base64url"), "This invitation link is not valid"],
    truncated: [pending.slice(0, 20), "This invitation link is not valid"],
    tampered: [`${pending.slice(0, -1)}${pending.endsWith("A") ? "B" : "A"}`, "This invitation link is not valid"],
    expired: [await withStatus("PENDING", -1), "This invitation has expired"],
    cancelled: [await withStatus("CANCELLED"), "This invitation was cancelled"],
    declined: [await withStatus("DECLINED"), "This invitation was declined"],
    "already used": [await withStatus("ACCEPTED"), "This invitation has already been used"],
    "withdrawn (its sender lost the right to give it)": [await withStatus("REVOKED"), "This invitation is no longer valid"],
  }
  for (const [kind, [token, heading]] of Object.entries(pages)) {
    const response = await page.goto(`/invitations/${token}`)
    expect(response?.status(), kind).toBe(200)
    await expect(page.getByRole("heading", { level: 1 }), kind).toHaveText(heading)
    await expect(page.getByRole("button", { name: "Accept invitation" }), kind).toHaveCount(0)
  }
  tried.push(`${Object.keys(pages).length} kinds of bad invitation link`)
})

test("the header in which the proxy hands its decision to the page cannot be sent from outside", async ({ page, browser }) => {
  const accountId = await signUp(page, "Real Person", uniqueEmail("real"))
  const stranger = await (await browser.newContext()).newPage()
  const strangerAccount = await signUp(stranger, "Sly Stranger", uniqueEmail("sly"))
  const forged = (person: string, account: string) =>
    Buffer.from(
      JSON.stringify({
        accountId: account,
        userId: crypto.randomUUID(),
        person: { name: person, email: "forged@example.test" },
        access: { accountId: account, accountName: "Forged account", status: "ACTIVE", grant: { isOwner: true, roles: [] } },
        verdict: { kind: "allow" },
      }),
    ).toString("base64url")
  // Outside the proxy's paths (a page not found, an invitation), signed out: nobody is shown as signed in.
  const anonymous = await browser.newContext()
  for (const path of ["/no-such-page", "/invitations/not-a-real-token"]) {
    const answer = await anonymous.request.get(path, { headers: { "x-hitflow-access": forged("Forged Person", accountId) }, failOnStatusCode: false })
    expect(await answer.text(), path).not.toContain("Forged Person")
  }
  // Under /accounts/, another person's account stays a 404 whatever the header claims.
  const answer = await stranger.request.get(`/accounts/${accountId}/dashboard`, { headers: { "x-hitflow-access": forged("Forged Person", accountId) } })
  expect(answer.status()).toBe(404)
  expect(await answer.text()).not.toContain("Forged account")
  expect((await stranger.request.get(`/accounts/${strangerAccount}/dashboard`)).status()).toBe(200)
  tried.push("a forged x-hitflow-access header: not trusted outside /accounts/ (2 pages), overwritten under it (404)")
})

test("signing out is a plain form post that another site cannot send; the cookie it ends is dead everywhere", async ({ page }) => {
  const accountId = await signUp(page, "Leaving Person", uniqueEmail("leaving"))
  const dashboard = `/accounts/${accountId}/dashboard`
  const forged = await page.request.post("/sign-out", { headers: { origin: "https://evil.example" }, maxRedirects: 0, failOnStatusCode: false })
  expect(forged.status()).toBe(403)
  expect((await page.request.get(dashboard)).status()).toBe(200)
  const cookies = await page.context().cookies()
  await page.getByRole("button", { name: "Sign out" }).click()
  await expect(page).toHaveURL(/\/sign-in$/)
  // A copy of the cookie taken before signing out opens nothing: its session row is revoked.
  await page.context().addCookies(cookies)
  const replayed = await page.request.get(dashboard, { maxRedirects: 0, failOnStatusCode: false })
  expect(replayed.status()).toBeGreaterThanOrEqual(300)
  expect(replayed.status()).toBeLessThan(400)
  expect(replayed.headers()["location"]).toContain("/sign-in")
  tried.push("sign-out from another origin: 403, session kept; a copied cookie after sign-out: redirected to sign-in")
})
