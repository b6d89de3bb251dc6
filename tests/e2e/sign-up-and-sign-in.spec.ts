import { expect, test } from "@playwright/test"
import { PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers"

test("a new person signs up, lands on their own account's dashboard, signs out and back in", async ({ page }) => {
  const email = uniqueEmail("ada")
  const accountId = await signUp(page, "Ada Lovelace", email)
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible()
  await expect(page.getByTestId("current-account")).toContainText("Ada Lovelace's account")
  for (const module of ["Availability", "Status Pages", "Users", "Billing"]) {
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: module, exact: true })).toBeVisible()
  }

  await signOut(page)
  await signIn(page, email.toUpperCase())
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/dashboard$`))
})

test("sign-up shows what is wrong next to each field and creates nothing", async ({ page }) => {
  await page.goto("/sign-up")
  await page.getByLabel("Email").fill("not-an-email")
  await page.getByLabel("Password").fill("short")
  await page.getByRole("button", { name: "Create account" }).click()
  await expect(page.getByText("Enter your name.")).toBeVisible()
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible()
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible()
  await expect(page).toHaveURL(/\/sign-up/)
})

test("a wrong password or an unknown email gets the same answer", async ({ page }) => {
  // Its own client address, so repeated runs against one database do not trip the per-IP sign-in throttle.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.9.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}` })
  const email = uniqueEmail("grace")
  await signUp(page, "Grace Hopper", email)
  await signOut(page)

  await signIn(page, email, "not the password")
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible()
  await signIn(page, uniqueEmail("nobody"), PASSWORD)
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible()
  await expect(page).toHaveURL(/\/sign-in/)
})

test("someone else's account answers 404, as an account that does not exist", async ({ page }) => {
  const ownerAccountId = await signUp(page, "Owner One", uniqueEmail("owner"))
  await signOut(page)
  await signUp(page, "Stranger", uniqueEmail("stranger"))

  const response = await page.goto(`/accounts/${ownerAccountId}/dashboard`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible()
  const missing = await page.goto("/accounts/00000000-0000-4000-8000-000000000000/dashboard")
  expect(missing?.status()).toBe(404)

  // The header in which the proxy hands its decision to the page cannot be forged by a client.
  const forged = { userId: "00000000-0000-4000-8000-000000000000", access: { accountId: ownerAccountId, accountName: "Forged", grant: { isOwner: true }, status: "ACTIVE" } }
  await page.setExtraHTTPHeaders({ "x-hitflow-access": Buffer.from(JSON.stringify(forged)).toString("base64url") })
  const stillRefused = await page.goto(`/accounts/${ownerAccountId}/dashboard`)
  expect(stillRefused?.status()).toBe(404)
})

test("an anonymous visitor is sent to sign in and comes back where they were going", async ({ page }) => {
  const email = uniqueEmail("returning")
  const accountId = await signUp(page, "Returning Person", email)
  await signOut(page)

  await page.goto(`/accounts/${accountId}/settings/users`)
  await expect(page).toHaveURL(/\/sign-in\?next=/)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill(PASSWORD)
  await page.getByRole("button", { name: "Sign in" }).click()
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/settings/users$`))
})

test("signing out kills the session: a copy of the old cookie no longer opens anything", async ({ page, context }) => {
  const accountId = await signUp(page, "Cookie Keeper", uniqueEmail("cookie"))
  const stolen = await context.cookies()
  await signOut(page)
  await context.addCookies(stolen)
  await page.goto(`/accounts/${accountId}/dashboard`)
  await expect(page).toHaveURL(/\/sign-in\?next=/)
})
