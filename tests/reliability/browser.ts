// Chromium for the scenarios that go through pages.
import { chromium, type Browser, type BrowserContext } from "@playwright/test"
import { chromiumLaunchOptions } from "../e2e/chromium"
import { SESSION_COOKIE } from "./http-sign-in"

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions)
}

/** A fresh browser profile already signed in with `sessionCookie` (cookies ignore ports: valid on every instance). */
export async function signedInContext(browser: Browser, sessionCookie: string): Promise<BrowserContext> {
  const context = await browser.newContext()
  context.setDefaultTimeout(15_000)
  await switchSession(context, sessionCookie)
  return context
}

/** Makes an open profile someone else's session (a new profile per person costs most of a second here). */
export async function switchSession(context: BrowserContext, sessionCookie: string): Promise<void> {
  await context.clearCookies()
  await context.addCookies([{ name: SESSION_COOKIE, value: sessionCookie, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" }])
}
