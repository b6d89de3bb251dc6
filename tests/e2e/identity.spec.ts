import { expect, test } from "@playwright/test"
import { linkIn, sentMails } from "./mailbox"
import { confirmationLink, PASSWORD, signIn, signUp, toast, uniqueEmail, uniqueIp } from "./helpers"

test("sign up → Check your inbox → signing in first is refused → Send the link again → the link lands in one's own account", async ({ page }) => {
  const email = uniqueEmail("newcomer")
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() })
  await page.goto("/sign-up")
  await page.getByLabel("Name").fill("Nina Newcomer")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill(PASSWORD)
  await page.getByRole("button", { name: "Create account" }).click()
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible()
  await expect(page.getByText(email)).toBeVisible()
  const first = await confirmationLink(email)

  await signIn(page, email)
  await expect(page.getByText(`Confirm your email first: open the link we sent to ${email}.`)).toBeVisible()
  await page.getByRole("button", { name: "Send the link again" }).click()
  await expect(page.getByText(`We sent a new link to ${email}.`)).toBeVisible()
  await expect.poll(() => confirmationLink(email)).not.toBe(first)

  // The first link was replaced by the second: it no longer confirms anything.
  await page.goto(first)
  await expect(page.getByText("This confirmation link has expired or was already used.")).toBeVisible()
  await page.goto(await confirmationLink(email))
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/dashboard$/)
  await expect(page.getByTestId("current-account")).toContainText("Nina Newcomer's account")
})

test("forgot password → mail → new password → signed in, and the other browser is signed out", async ({ page, browser }) => {
  const email = uniqueEmail("forgetful")
  const accountId = await signUp(page, "Fay Forgetful", email)
  const elsewhere = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } })).newPage()
  await elsewhere.goto("/sign-in")
  await elsewhere.getByRole("link", { name: "Forgot password?" }).click()
  await expect(elsewhere).toHaveURL(/\/forgot-password$/)
  const mailsBefore = (await sentMails()).length
  await elsewhere.getByLabel("Email").fill(email)
  await elsewhere.getByRole("button", { name: "Send reset link" }).click()
  await expect(elsewhere.getByText(`If an account exists for ${email}, we sent a link`)).toBeVisible()
  await expect.poll(async () => (await sentMails()).slice(mailsBefore).find((mail) => mail.To === email && mail.Subject === "Set a new Hitflow password")).toBeTruthy()
  const mail = (await sentMails()).slice(mailsBefore).find((candidate) => candidate.To === email && candidate.Subject === "Set a new Hitflow password")!
  await elsewhere.goto(linkIn(mail, "/reset-password/"))

  await elsewhere.getByLabel("New password").fill("password123")
  await elsewhere.getByRole("button", { name: "Set new password" }).click()
  await expect(elsewhere.getByText("This password is too easy to guess.", { exact: false })).toBeVisible()
  await elsewhere.getByLabel("New password").fill("a brand new phrase 42")
  await elsewhere.getByRole("button", { name: "Set new password" }).click()
  await expect(elsewhere).toHaveURL(new RegExp(`/accounts/${accountId}/dashboard$`))

  await page.reload()
  await expect(page).toHaveURL(/\/sign-in\?next=/)
  await expect.poll(async () => (await sentMails()).some((candidate) => candidate.To === email && candidate.Subject === "Your Hitflow password was changed")).toBe(true)
})

test("on /profile, Sign out other sessions ends a second browser's session on its next request", async ({ page, browser }) => {
  const email = uniqueEmail("profiled")
  const accountId = await signUp(page, "Pia Profile", email)
  const second = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } })).newPage()
  await signIn(second, email)
  await expect(second).toHaveURL(new RegExp(`/accounts/${accountId}/dashboard$`))

  await page.getByRole("link", { name: "Profile" }).click()
  await expect(page).toHaveURL(/\/profile$/)
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible()
  await expect(page.getByRole("region", { name: "Profile" }).getByText(email)).toBeVisible()
  const sessions = page.getByRole("list", { name: "Sessions" }).getByRole("listitem")
  await expect(sessions).toHaveCount(2)
  await expect(sessions.filter({ hasText: "This session" })).toHaveCount(1)
  await page.getByRole("button", { name: "Sign out other sessions" }).click()
  await expect(toast(page, "1 other session was signed out.")).toBeVisible()
  await expect(sessions).toHaveCount(1)

  await second.goto(`/accounts/${accountId}/dashboard`)
  await expect(second).toHaveURL(/\/sign-in\?next=/)
  await expect(page.getByText("You signed out your other sessions.")).toBeVisible()
})

test("on /profile, changing the password asks for the current one and keeps this session", async ({ page }) => {
  const email = uniqueEmail("changer")
  const accountId = await signUp(page, "Cam Changer", email)
  await page.goto("/profile")
  await page.getByLabel("Current password").fill("not my password")
  await page.getByLabel("New password").fill("a brand new phrase 42")
  await page.getByRole("button", { name: "Change password" }).click()
  await expect(page.getByText("This is not your current password.")).toBeVisible()
  await page.getByLabel("Current password").fill(PASSWORD)
  await page.getByLabel("New password").fill("a brand new phrase 42")
  await page.getByRole("button", { name: "Change password" }).click()
  await expect(toast(page, "Password changed.")).toBeVisible()
  await page.goto(`/accounts/${accountId}/dashboard`)
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/dashboard$`))
})
