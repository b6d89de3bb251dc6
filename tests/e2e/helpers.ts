import crypto from "node:crypto"
import { expect, type Page } from "@playwright/test"
import { Secret, TOTP } from "otpauth"
import { linkIn, sentMails } from "./mailbox"

export const PASSWORD = "correct horse battery"

export function uniqueEmail(prefix = "person"): string {
  return `${prefix}-${crypto.randomBytes(5).toString("hex")}@example.test`
}

/** A client address of its own: the app counts sign-ups and failed sign-ins per address (it trusts X-Forwarded-For). */
export function uniqueIp(): string {
  return `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`
}

/**
 * Signs up through the form, from an address of its own, follows the confirmation link mailed to `email` in the same
 * browser, and returns the id of the account sign-up created.
 */
export async function signUp(page: Page, name: string, email: string): Promise<string> {
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() })
  await page.goto("/sign-up")
  await page.getByLabel("Name").fill(name)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill(PASSWORD)
  await page.getByRole("button", { name: "Create account" }).click()
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible()
  await page.goto(await confirmationLink(email))
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/dashboard$/)
  return page.url().split("/")[4]!
}

/** The link in the newest confirmation mail sent to `email` (in whichever language it was written). */
export async function confirmationLink(email: string): Promise<string> {
  const to = email.trim().toLowerCase()
  const newest = async () => (await sentMails()).filter((mail) => mail.To === to && mail.TextBody.includes("/confirm-email/")).at(-1)
  await expect.poll(newest, { timeout: 15_000 }).toBeTruthy()
  return linkIn((await newest())!, "/confirm-email/")
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill(password)
  await page.getByRole("button", { name: "Sign in" }).click()
}

/** Signs in and waits until the app has taken the person into an account. */
export async function signInToAccount(page: Page, email: string) {
  await signIn(page, email)
  await expect(page).toHaveURL(/\/accounts\//)
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click()
  await expect(page).toHaveURL(/\/sign-in/)
}

type RoleLabel = "Technical" | "Admin" | "Billing"

/** On Settings → Users, sends an invitation with exactly `roles`, and returns the link mailed to the guest. */
export async function invite(page: Page, accountId: string, email: string, roles: RoleLabel[]): Promise<string> {
  const mailsBefore = (await sentMails()).length
  await page.goto(`/accounts/${accountId}/settings/users`)
  await page.getByRole("button", { name: "Send Invitation" }).click()
  for (const role of ["Technical", "Admin", "Billing"] as const) {
    await page.getByLabel(role, { exact: true }).setChecked(roles.includes(role))
  }
  await page.getByLabel("Email addresses").fill(email)
  await page.getByRole("button", { name: "Send request" }).click()
  await expect(pendingInvitations(page).getByText(email)).toBeVisible()
  await expect.poll(async () => (await sentMails()).slice(mailsBefore).find((mail) => mail.To === email), { timeout: 15_000 }).toBeTruthy()
  const mail = (await sentMails()).slice(mailsBefore).find((candidate) => candidate.To === email)!
  return linkIn(mail, "/invitations/")
}

/** A person who already has a Hitflow account (signed in on `page`) opens the link and accepts. */
export async function accept(page: Page, link: string) {
  await page.goto(link)
  await page.getByRole("button", { name: "Accept invitation" }).click()
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/[a-z-/]+$/)
}

/** Settings → Users' table of open invitations. */
export function pendingInvitations(page: Page) {
  return page.getByRole("table", { name: "Pending invitations" })
}

/** The row of Settings → Users' Members table that shows `text` (a name or an email). */
export function memberRow(page: Page, text: string) {
  return page.getByRole("table", { name: "Members" }).getByRole("row").filter({ hasText: text })
}

/** The account switcher, opened: a menu of the person's accounts. */
export async function openSwitcher(page: Page) {
  await page.getByTestId("current-account").click()
  const menu = page.getByRole("menu", { name: "Your accounts" })
  await expect(menu.getByTestId("account-entry").first()).toBeVisible()
  return menu
}

/** A toast saying `text` (toasts are announced as a status). */
export function toast(page: Page, text: string | RegExp) {
  return page.getByRole("status").filter({ hasText: text })
}

/** The code an authenticator app holding `secret` shows one step (30 s) from now: later than any code used before. */
export function nextCode(secret: string): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30, timestamp: Date.now() + 30_000 })
}

/**
 * On /profile, sets up two-factor authentication as a person would with their phone: Set up, read the key shown
 * beside the QR code, then Turn on with the app's current code. Returns the key and the recovery codes shown once.
 */
export async function turnOnTwoFactor(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.goto("/profile")
  await page.getByRole("button", { name: "Set up" }).click()
  await expect(page.getByRole("img", { name: "QR code to add Hitflow to your authenticator app" })).toBeVisible()
  const secret = (await page.getByTestId("two-factor-secret").innerText()).replace(/\s/g, "")
  const turnOn = page.locator("form").filter({ has: page.getByRole("button", { name: "Turn on" }) })
  await turnOn.getByLabel("Password").fill(PASSWORD)
  await turnOn.getByLabel("Authentication code").fill(TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }))
  await page.getByRole("button", { name: "Turn on" }).click()
  await expect(toast(page, "Two-factor authentication is on. Save your recovery codes.")).toBeVisible()
  const recoveryCodes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allInnerTexts()
  return { secret, recoveryCodes }
}
