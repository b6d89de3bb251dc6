import { expect, test } from "@playwright/test"
import { accept, invite, nextCode, openSwitcher, PASSWORD, signIn, signOut, signUp, toast, turnOnTwoFactor, uniqueEmail } from "./helpers"
import { waitForMail } from "./mailbox"

test("two-factor: set up by scanning, then sign in with a code, then with a recovery code", async ({ page }) => {
  const email = uniqueEmail("tfa")
  const accountId = await signUp(page, "Theo Twofactor", email)
  const { secret, recoveryCodes } = await turnOnTwoFactor(page)
  expect(recoveryCodes).toHaveLength(10)
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible()
  await expect(page.getByRole("button", { name: "Download" })).toBeVisible()
  await expect(page.getByText(/On since .*10 recovery codes left\./)).toBeVisible()
  await waitForMail({ to: email, subject: "Two-factor authentication is on for your Hitflow account" })

  // The password alone opens no session: the second step asks for a code.
  await signOut(page)
  await signIn(page, email)
  await expect(page.getByRole("heading", { name: "Two-factor authentication" })).toBeVisible()
  expect((await page.context().cookies()).some((cookie) => cookie.name.includes("session-token"))).toBe(false)
  await page.getByLabel("Authentication code").fill("000000")
  await page.getByRole("button", { name: "Verify" }).click()
  await expect(page.getByText("This code is not right. Enter the code your app shows now.")).toBeVisible()
  await page.getByLabel("Authentication code").fill(nextCode(secret))
  await page.getByRole("button", { name: "Verify" }).click()
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/dashboard$`))

  // A lost phone: a recovery code, which says how many are left and mails the person.
  await signOut(page)
  await signIn(page, email)
  await page.getByRole("button", { name: "Use a recovery code" }).click()
  await page.getByLabel("Recovery code").fill(recoveryCodes[0]!)
  await page.getByRole("button", { name: "Verify" }).click()
  await expect(page).toHaveURL(/\/profile\?recovery-codes-left=9/)
  await expect(page.getByRole("status").filter({ hasText: "You signed in with a recovery code. 9 recovery codes are left" })).toBeVisible()
  await waitForMail({ to: email, subject: "A recovery code was used to sign in to Hitflow" })
  await page.getByRole("link", { name: "Continue" }).click()
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/dashboard$`))

  // Used once, it does not work again.
  await signOut(page)
  await signIn(page, email)
  await page.getByRole("button", { name: "Use a recovery code" }).click()
  await page.getByLabel("Recovery code").fill(recoveryCodes[0]!)
  await page.getByRole("button", { name: "Verify" }).click()
  await expect(page.getByText("This recovery code is not right, or was already used.")).toBeVisible()
})

test("an owner requires two-factor: a member without it gets the 403 and the 2FA required mark, sets it up and gets in; turning it off is warned, then refused", async ({ browser }) => {
  const owner = await (await browser.newContext()).newPage()
  const member = await (await browser.newContext()).newPage()
  const memberEmail = uniqueEmail("mia")
  const accountId = await signUp(owner, "Oscar Owner", uniqueEmail("oscar"))
  await signUp(member, "Mia Member", memberEmail)
  await accept(member, await invite(owner, accountId, memberEmail, ["Technical", "Admin"]))

  // The owner cannot require it before having it.
  await owner.goto(`/accounts/${accountId}/settings/accounts`)
  await owner.getByLabel("Require two-factor authentication").check()
  await owner.getByRole("button", { name: "Save" }).click()
  await expect(owner.getByRole("alert").filter({ hasText: "Turn on two-factor authentication for yourself first" })).toBeVisible()
  await turnOnTwoFactor(owner)
  await owner.goto(`/accounts/${accountId}/settings/accounts`)
  await expect(owner.getByText("1 active member does not use it yet")).toBeVisible()
  await owner.getByLabel("Require two-factor authentication").check()
  await owner.getByRole("button", { name: "Save" }).click()
  await expect(toast(owner, "Two-factor authentication is now required. 1 member without it cannot get in until they turn it on")).toBeVisible()
  await waitForMail({ to: memberEmail, subject: "\u201cOscar Owner's account\u201d now requires two-factor authentication" })
  await owner.goto(`/accounts/${accountId}/settings/users`)
  await expect(owner.getByRole("table", { name: "Members" }).getByRole("row").filter({ hasText: memberEmail })).toContainText("No 2FA: cannot get in")

  // The member is refused, with the way to set it up; the account stays in their menu, marked.
  const refused = await member.goto(`/accounts/${accountId}/dashboard`)
  expect(refused?.status()).toBe(403)
  await expect(member.getByRole("heading", { name: "This account requires two-factor authentication" })).toBeVisible()
  const menu = await openSwitcher(member)
  await expect(menu.getByRole("menuitem", { name: "Oscar Owner's account", exact: true })).toHaveAccessibleDescription(/2FA required/)
  await member.keyboard.press("Escape")
  await member.getByRole("link", { name: "Set up two-factor authentication" }).click()
  await expect(member).toHaveURL(/\/profile#two-factor$/)
  const { secret } = await turnOnTwoFactor(member)
  expect((await member.goto(`/accounts/${accountId}/dashboard`))?.status()).toBe(200)
  await owner.reload()
  await expect(owner.getByRole("table", { name: "Members" }).getByRole("row").filter({ hasText: memberEmail })).toContainText("2FA on")

  // Turning it off names what the member loses, then takes it away at the next request.
  await member.goto("/profile")
  await member.getByRole("button", { name: "Turn off" }).click()
  const dialog = member.getByRole("dialog", { name: "Turn off two-factor authentication?" })
  await expect(dialog).toContainText("Oscar Owner's account requires two-factor authentication: you will lose access to it at once.")
  await dialog.getByLabel("Password").fill(PASSWORD)
  await dialog.getByLabel("Authentication code").fill(nextCode(secret))
  await dialog.getByRole("button", { name: "Turn off" }).click()
  await expect(toast(member, "Two-factor authentication is off. You can no longer open Oscar Owner's account.")).toBeVisible()
  expect((await member.goto(`/accounts/${accountId}/dashboard`))?.status()).toBe(403)
})
