// What a person does in the app's pages, as the e2e tests do it (tests/e2e/helpers.ts), against a chosen instance.
import type { Locator, Page } from "@playwright/test"

export function usersPageUrl(baseUrl: string, accountId: string): string {
  return `${baseUrl}/accounts/${accountId}/settings/users`
}

/** Opens Settings → Users with the invitation form open, ready for inviteInOpenForm. */
export async function openInviteForm(page: Page, baseUrl: string, accountId: string): Promise<void> {
  await page.goto(usersPageUrl(baseUrl, accountId))
  await page.getByRole("button", { name: "Send Invitation" }).click()
}

/** Sends one invitation (every role ticked) through the open form and waits for the page to confirm it. */
export async function inviteInOpenForm(page: Page, email: string): Promise<void> {
  await page.getByLabel("Email addresses").fill(email)
  await page.getByRole("button", { name: "Send request" }).click()
  await page.getByRole("status").filter({ hasText: `Invitation sent to ${email}` }).waitFor()
}

/** The signed-in invitee opens the link and accepts; resolves once the app has taken them into the account. */
export async function acceptInvitationInPage(page: Page, link: string): Promise<void> {
  await page.goto(link)
  await page.getByRole("button", { name: "Accept invitation" }).click()
  await page.waitForURL(/\/accounts\/[0-9a-f-]{36}\/[a-z-/]+$/)
}

/** The row of Settings → Users' pending invitations that shows `email`. */
export function pendingInvitationRow(page: Page, email: string): Locator {
  return page.getByRole("table", { name: "Pending invitations" }).getByRole("row").filter({ hasText: email })
}

/** The same link on another instance of the app (the mail names APP_URL; any instance serves it). */
export function onInstance(link: string, baseUrl: string): string {
  const url = new URL(link)
  return `${baseUrl}${url.pathname}${url.search}`
}
