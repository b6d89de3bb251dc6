// Chromium for the scenarios that go through pages: Debian's build when present (nothing is downloaded here).
import fs from "node:fs"
import { chromium, type Browser, type BrowserContext } from "@playwright/test"
import { SESSION_COOKIE } from "./http-sign-in"

const DEBIAN_CHROMIUM = "/usr/bin/chromium"
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined, args: ARGS })
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
