import crypto from "node:crypto"
import { expect, type Page } from "@playwright/test"

export const PASSWORD = "correct horse battery"

export function uniqueEmail(prefix = "person"): string {
  return `${prefix}-${crypto.randomBytes(5).toString("hex")}@example.test`
}

/** Signs up through the form and returns the id of the account sign-up created. */
export async function signUp(page: Page, name: string, email: string): Promise<string> {
  await page.goto("/sign-up")
  await page.getByLabel("Name").fill(name)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill(PASSWORD)
  await page.getByRole("button", { name: "Create account" }).click()
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/dashboard$/)
  return page.url().split("/")[4]!
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill(password)
  await page.getByRole("button", { name: "Sign in" }).click()
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click()
  await expect(page).toHaveURL(/\/sign-in/)
}
