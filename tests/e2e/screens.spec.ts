// Every screen of the sharing flow, as people use it: checked by axe-core against WCAG 2.2 A/AA, saved as a
// screenshot at 1280 and 390 px (test-results/screens, not committed), and the whole flow done with the keyboard.
import crypto from "node:crypto"
import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import { sql } from "./database"
import { accept, invite, memberRow, nextCode, PASSWORD, pendingInvitations, signIn, signOut, signUp, toast, turnOnTwoFactor, uniqueEmail, uniqueIp } from "./helpers"
import { linkIn, waitForMail } from "./mailbox"
import { startReceiver } from "./webhook-receiver"

const SCREENS_DIR = "test-results/screens"
const WIDTHS = [1280, 390]
const checked: string[] = []
// Each test walks through dozens of screens, each through axe-core at two widths: over a minute on a 2-core machine.
test.describe.configure({ timeout: 180_000 })
test.afterAll(() => console.log(`accessibility: ${checked.length} screens × ${WIDTHS.length} widths, 0 violations: ${checked.join(", ")}`))

/** Runs axe on what the page shows now, at each width, and saves a screenshot of each. */
async function checkScreen(page: Page, name: string, widths = WIDTHS) {
  const original = page.viewportSize()!
  for (const width of widths) {
    await page.setViewportSize({ width, height: width > 800 ? 900 : 844 })
    await page.waitForTimeout(150) // layout settles after the resize
    // A toast still fading in is half transparent: axe would measure its contrast mid-animation.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"))
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()
    const violations = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`)
    expect(violations, `${name} at ${width} px`).toEqual([])
    // A fixed overlay only covers the first viewport of a full-page shot: an open dialog is shot as the viewport.
    const dialogOpen = (await page.getByRole("dialog").count()) > 0
    await page.screenshot({ path: `${SCREENS_DIR}/${name}-${width}.png`, fullPage: !dialogOpen })
  }
  await page.setViewportSize(original)
  checked.push(name)
}

test("every screen of the sharing flow passes axe-core's WCAG 2.2 AA rules, at 1280 and 390 px", async ({ page, browser }) => {
  await page.goto("/sign-in")
  await checkScreen(page, "sign-in")
  await page.goto("/sign-up")
  await checkScreen(page, "sign-up")
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() }) // sign-ups and resets are counted per address
  await page.goto("/forgot-password")
  await checkScreen(page, "forgot password")
  await page.getByLabel("Email").fill(uniqueEmail("forgot"))
  await page.getByRole("button", { name: "Send reset link" }).click()
  await expect(page.getByText("we sent a link to set a new password")).toBeVisible()
  await checkScreen(page, "forgot password, answered")
  await page.goto("/sign-up")
  await page.getByLabel("Name").fill("Cleo Checkinbox")
  await page.getByLabel("Email").fill(uniqueEmail("inbox"))
  await page.getByLabel("Password").fill("a long enough phrase 42")
  await page.getByRole("button", { name: "Create account" }).click()
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible()
  await checkScreen(page, "check your inbox")

  const accountId = await signUp(page, "Ada Owner", uniqueEmail("screens"))
  await checkScreen(page, "dashboard")

  const memberPage = await (await browser.newContext()).newPage()
  const memberEmail = uniqueEmail("tess")
  await signUp(memberPage, "Tess Technical", memberEmail)
  const link = await invite(page, accountId, memberEmail, ["Technical"])
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ""))
  await checkScreen(page, "invitation (someone else's)")
  await memberPage.goto(link)
  await checkScreen(memberPage, "invitation")
  await accept(memberPage, link)
  await invite(page, accountId, uniqueEmail("pending"), ["Technical", "Admin"])

  await page.goto(`/accounts/${accountId}/settings/users`)
  await expect(memberRow(page, memberEmail)).toBeVisible()
  await checkScreen(page, "users")
  await page.getByRole("button", { name: "Send Invitation", exact: true }).click()
  await page.getByLabel("Email addresses").fill("")
  await page.getByRole("button", { name: "Send request" }).click()
  await expect(page.getByText("Enter at least one email address.")).toBeVisible()
  await checkScreen(page, "invite form with an error")
  await page.getByRole("button", { name: "Edit roles for Tess Technical" }).click()
  await checkScreen(page, "roles dialog")
  await page.keyboard.press("Escape")

  await page.goto(`/accounts/${accountId}/settings/users/activity`)
  await checkScreen(page, "activity")
  await page.goto("/profile")
  await checkScreen(page, "profile")

  await page.goto(`/accounts/${accountId}/dashboard`)
  await page.getByTestId("current-account").click()
  await expect(page.getByRole("menu", { name: "Your accounts" })).toBeVisible()
  await checkScreen(page, "switcher open", [1280])
  await page.keyboard.press("Escape")

  const forbidden = await memberPage.goto(`/accounts/${accountId}/settings/billing`)
  expect(forbidden?.status()).toBe(403)
  await checkScreen(memberPage, "403")
  const missing = await memberPage.goto(`/accounts/${crypto.randomUUID()}/dashboard`)
  expect(missing?.status()).toBe(404)
  await checkScreen(memberPage, "404")

  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/accounts/${accountId}/settings/users`)
  await page.getByRole("button", { name: "Menu" }).click()
  await expect(page.getByRole("dialog", { name: "Menu" })).toBeVisible()
  await checkScreen(page, "phone menu", [390])
  await page.getByRole("dialog", { name: "Menu" }).getByTestId("current-account").click()
  await expect(page.getByRole("menu", { name: "Your accounts" })).toBeVisible()
  await checkScreen(page, "switcher open", [390])
})

test("the two-factor screens pass axe-core's WCAG 2.2 AA rules, at 1280 and 390 px", async ({ page, browser }) => {
  const email = uniqueEmail("tfa-screens")
  const accountId = await signUp(page, "Sol Second-Factor", email)
  await page.goto("/profile")
  await page.getByRole("button", { name: "Set up" }).click()
  await expect(page.getByRole("img", { name: "QR code to add Hitflow to your authenticator app" })).toBeVisible()
  await checkScreen(page, "two-factor set up")
  const { secret } = await turnOnTwoFactor(page)
  await checkScreen(page, "recovery codes")
  await page.getByRole("button", { name: "Turn off" }).click()
  await checkScreen(page, "turn off dialog")
  await page.keyboard.press("Escape")

  const member = await (await browser.newContext()).newPage()
  const memberEmail = uniqueEmail("tfa-member")
  await signUp(member, "Milo Member", memberEmail)
  await accept(member, await invite(page, accountId, memberEmail, ["Technical", "Admin"]))
  await page.goto(`/accounts/${accountId}/settings/accounts`)
  await checkScreen(page, "accounts settings")
  await page.getByLabel("Require two-factor authentication").check()
  await page.getByRole("button", { name: "Save" }).click()
  await expect(toast(page, /now required/)).toBeVisible()
  expect((await member.goto(`/accounts/${accountId}/dashboard`))?.status()).toBe(403)
  await checkScreen(member, "403, two-factor required")

  await signOut(page)
  await signIn(page, email)
  await expect(page.getByLabel("Authentication code")).toBeVisible()
  await checkScreen(page, "sign-in, second step")
  await page.getByRole("button", { name: "Use a recovery code" }).click()
  await checkScreen(page, "sign-in, recovery code")
  await page.getByRole("button", { name: "Use your authentication app" }).click()
  await page.getByLabel("Authentication code").fill(nextCode(secret))
  await page.getByRole("button", { name: "Verify" }).click()
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/dashboard$`))
})

test("the screens for leaving Hitflow and for API keys pass axe-core's WCAG 2.2 AA rules, at 1280 and 390 px", async ({ page, browser }) => {
  const accountId = await signUp(page, "Lou Leaving", uniqueEmail("leaving-screens"))
  const member = await (await browser.newContext()).newPage()
  const memberEmail = uniqueEmail("heir")
  await signUp(member, "Hal Heir", memberEmail)
  await accept(member, await invite(page, accountId, memberEmail, ["Admin"]))
  await page.goto(`/accounts/${accountId}/settings/accounts`)
  await page.getByLabel("New owner").selectOption({ label: `Hal Heir (${memberEmail})` })
  await page.getByLabel("Your password").fill(PASSWORD)
  await page.getByRole("button", { name: "Transfer ownership" }).click()
  await expect(page.getByText(/Waiting for Hal Heir/)).toBeVisible()
  await checkScreen(page, "transfer waiting")
  await member.goto(linkIn(await waitForMail({ to: memberEmail, subject: /ownership/ }), "/ownership-transfers/"))
  await checkScreen(member, "transfer offered")
  await page.goto("/profile")
  await page.getByRole("button", { name: "Delete my Hitflow user" }).click()
  await expect(page.getByRole("dialog", { name: "Delete your Hitflow user?" })).toBeVisible()
  await checkScreen(page, "delete user dialog")
  await page.keyboard.press("Escape")

  await page.goto(`/accounts/${accountId}/settings/apis`)
  await page.getByRole("button", { name: "Create API key" }).click()
  await page.getByLabel("Name").fill("Directory sync")
  await checkScreen(page, "create API key")
  await page.getByRole("button", { name: "Create API key" }).click()
  await expect(page.getByTestId("new-api-key")).toBeVisible()
  await checkScreen(page, "API keys")
  await page.getByRole("button", { name: "Revoke Directory sync" }).click()
  await checkScreen(page, "revoke API key dialog")
  await page.keyboard.press("Escape")
  await page.goto("/docs/api")
  await checkScreen(page, "API reference")

  const receiver = await startReceiver()
  try {
    await page.goto(`/accounts/${accountId}/settings/apis/webhooks`)
    await page.getByRole("button", { name: "Add endpoint" }).click()
    await page.getByLabel("URL").fill("ftp://example.com")
    await page.getByRole("button", { name: "Add endpoint" }).click()
    await expect(page.getByText("The URL must start with https://.")).toBeVisible()
    await checkScreen(page, "add webhook endpoint refused")
    await page.getByLabel("URL").fill(receiver.url)
    await page.getByLabel("Description").fill("Directory sync")
    await page.getByRole("button", { name: "Add endpoint" }).click()
    await page.getByRole("button", { name: "Reveal the signing secret of Directory sync" }).click()
    await expect(page.getByTestId("webhook-secret")).toBeVisible()
    await page.getByRole("button", { name: "Send test event to Directory sync" }).click()
    await checkScreen(page, "webhooks")
    await page.getByRole("button", { name: "Delete Directory sync" }).click()
    await checkScreen(page, "delete webhook endpoint dialog")
    await page.keyboard.press("Escape")
    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(1)
    await page.getByRole("link", { name: "Delivery log of Directory sync" }).click()
    await expect(page.getByRole("list", { name: "Attempts of webhook.test" })).toContainText("HTTP 204")
    await checkScreen(page, "webhook delivery log")
  } finally {
    await receiver.close()
  }
})

test("keyboard only: the switcher, then inviting two people, cancelling, resending, editing roles, disabling, enabling and deleting", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("keys")
  const accountId = await signUp(page, "Kim Keyboard", ownerEmail)
  // Kim is also a member of another account, to switch to.
  const host = await (await browser.newContext()).newPage()
  const hostAccount = await signUp(host, "Hal Host", uniqueEmail("hal"))
  await accept(page, await invite(host, hostAccount, ownerEmail, ["Technical"]))
  const tessEmail = uniqueEmail("tess")
  const tess = await (await browser.newContext()).newPage()
  await signUp(tess, "Tess Technical", tessEmail)
  await accept(tess, await invite(page, accountId, tessEmail, ["Technical"]))

  // The switcher: Tab to it, Enter opens, arrows move, Escape closes (focus back on it), Enter opens an account.
  await page.goto(`/accounts/${accountId}/settings/users`)
  const trigger = page.getByTestId("current-account")
  await focusByTab(page, trigger)
  await page.keyboard.press("Enter")
  const menu = page.getByRole("menu", { name: "Your accounts" })
  await expect(menu.getByRole("menuitem", { name: "Kim Keyboard's account", exact: true })).toBeFocused()
  await page.keyboard.press("ArrowDown")
  await expect(menu.getByRole("menuitem", { name: "Hal Host's account", exact: true })).toBeFocused()
  await page.keyboard.press("Escape")
  await expect(menu).toBeHidden()
  await expect(trigger).toBeFocused()
  await page.keyboard.press("Enter")
  await expect(menu.getByRole("menuitem", { name: "Kim Keyboard's account", exact: true })).toBeFocused()
  await page.keyboard.press("ArrowDown")
  await expect(menu.getByRole("menuitem", { name: "Hal Host's account", exact: true })).toBeFocused()
  await page.keyboard.press("Enter")
  await expect(page).toHaveURL(new RegExp(`/accounts/${hostAccount}/dashboard$`))

  // Two invitations in one request.
  await page.goto(`/accounts/${accountId}/settings/users`)
  await focusByTab(page, page.getByRole("button", { name: "Send Invitation", exact: true }))
  await page.keyboard.press("Enter")
  const [first, second] = [uniqueEmail("one"), uniqueEmail("two")]
  await expect(page.getByLabel("Email addresses")).toBeFocused()
  await page.keyboard.type(`${first}, ${second}`)
  await focusByTab(page, page.getByRole("button", { name: "Send request" }))
  await page.keyboard.press("Enter")
  await expect(toast(page, "2 invitations sent.")).toBeVisible()
  await expect(pendingInvitations(page).getByText(first)).toBeVisible()
  await expect(pendingInvitations(page).getByText(second)).toBeVisible()

  // Cancel one, through its dialog.
  await focusByTab(page, page.getByRole("button", { name: `Cancel the invitation to ${first}` }))
  await page.keyboard.press("Enter")
  const cancelDialog = page.getByRole("alertdialog", { name: `Cancel the invitation to ${first}?` })
  await focusByTab(page, cancelDialog.getByRole("button", { name: "Cancel invitation" }))
  await page.keyboard.press("Enter")
  await expect(toast(page, `Invitation to ${first} cancelled`)).toBeVisible()
  await expect(pendingInvitations(page).getByText(first)).toHaveCount(0)

  // The other one expires: it stays listed, marked Expired, and Resend opens it again.
  await sql(`UPDATE "Invitation" SET "status" = 'EXPIRED', "expiresAt" = now() - interval '1 hour' WHERE "email" = $1`, [second])
  await page.reload()
  const expired = pendingInvitations(page).getByRole("row").filter({ hasText: second })
  await expect(expired.getByText("Expired", { exact: true })).toBeVisible()
  await focusByTab(page, page.getByRole("button", { name: `Resend the invitation to ${second}` }))
  await page.keyboard.press("Enter")
  await expect(toast(page, `Invitation resent to ${second}`)).toBeVisible()
  await expect(expired.getByText(/Expires/)).toBeVisible()

  // Edit roles in the dialog.
  const tessRow = memberRow(page, tessEmail)
  await focusByTab(page, tessRow.getByRole("button", { name: "Edit roles for Tess Technical" }))
  await page.keyboard.press("Enter")
  const roles = page.getByRole("dialog", { name: "Roles of Tess Technical" })
  await focusByTab(page, roles.getByLabel("Billing"))
  await page.keyboard.press("Space")
  await focusByTab(page, roles.getByRole("button", { name: "Save" }))
  await page.keyboard.press("Enter")
  await expect(toast(page, "Roles of Tess Technical updated")).toBeVisible()
  await expect(roles).toBeHidden()
  await expect(tessRow.getByText("Billing", { exact: true })).toBeVisible()

  // Disable, enable, delete.
  await focusByTab(page, tessRow.getByRole("button", { name: "Disable Tess Technical" }))
  await page.keyboard.press("Enter")
  await expect(toast(page, "Tess Technical disabled")).toBeVisible()
  await focusByTab(page, tessRow.getByRole("button", { name: "Enable Tess Technical" }))
  await page.keyboard.press("Enter")
  await expect(toast(page, "Tess Technical enabled")).toBeVisible()
  await focusByTab(page, tessRow.getByRole("button", { name: "Delete Tess Technical" }))
  await page.keyboard.press("Enter")
  const deleteDialog = page.getByRole("alertdialog", { name: "Delete Tess Technical's access?" })
  await focusByTab(page, deleteDialog.getByRole("button", { name: "Delete access" }))
  await page.keyboard.press("Enter")
  await expect(toast(page, "Access of Tess Technical deleted")).toBeVisible()
  await expect(page.getByRole("table", { name: "Members" }).getByText(tessEmail)).toHaveCount(0)
})

/** Presses Tab until `target` has the focus (at most 60 times): the way a keyboard user reaches it. */
async function focusByTab(page: Page, target: ReturnType<Page["getByRole"]> | ReturnType<Page["getByTestId"]>) {
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press("Tab")
  }
  await expect(target).toBeFocused()
}
