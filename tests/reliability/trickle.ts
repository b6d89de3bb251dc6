// A steady trickle of real requests while something goes wrong underneath: page loads on both instances, invitations
// sent through one instance's pages, invitations accepted through the other's. Each attempt is recorded with its time.
import type { Browser } from "@playwright/test"
import { signedInContext, switchSession } from "./browser"
import { SESSION_COOKIE } from "./http-sign-in"
import { acceptInvitationInPage, inviteInOpenForm, openInviteForm, usersPageUrl } from "./pages"
import { pause } from "./polling"

/** One request of the trickle: `began` and `at` (when it ended) in epoch milliseconds. */
export type Attempt = { kind: "page" | "invite" | "accept"; instance: string; began: number; at: number; ok: boolean; detail: string; subject?: string }

export type Trickle = { attempts: Attempt[]; stop(): Promise<void> }

type Target = { name: string; url: string }
export type TrickleSetup = {
  browser: Browser
  pages: { targets: Target[]; accountId: string; cookie: string }
  invites: { target: Target; accountId: string; cookie: string; emails: string[] }
  accepts: { target: Target; guests: { cookie: string; link: string; email: string }[] }
}

const PAGE_TIMEOUT_MS = 5_000
const BROWSER_TIMEOUT_MS = 8_000
const PAGE_PROBE_EVERY_MS = 250
const ACTION_EVERY_MS = 500
/** A ceiling, should stop() never come: minutes of probing. */
const MAX_PAGE_LOADS = 2_000

export function startTrickle(setup: TrickleSetup): Trickle {
  const attempts: Attempt[] = []
  let stopping = false
  const record = (attempt: Omit<Attempt, "at">) => attempts.push({ ...attempt, at: Date.now() })
  const describe = (error: unknown) => (error instanceof Error ? error.message.split("\n")[0]! : String(error)).slice(0, 160)

  async function loadPages() {
    const { targets, accountId, cookie } = setup.pages
    for (let index = 0; !stopping && index < MAX_PAGE_LOADS; index++) {
      const target = targets[index % targets.length]!
      const began = Date.now()
      try {
        const response = await fetch(usersPageUrl(target.url, accountId), {
          headers: { Cookie: `${SESSION_COOKIE}=${cookie}` },
          redirect: "manual",
          signal: AbortSignal.timeout(PAGE_TIMEOUT_MS),
        })
        const body = await response.text()
        const correct = response.status === 200 && body.includes("Pending invitations")
        record({ kind: "page", instance: target.name, began, ok: correct, detail: `HTTP ${response.status}${response.status === 200 && !correct ? " without the page" : ""}` })
      } catch (error) {
        record({ kind: "page", instance: target.name, began, ok: false, detail: describe(error) })
      }
      await pause(PAGE_PROBE_EVERY_MS)
    }
  }

  async function sendInvitations() {
    const { target, accountId, cookie, emails } = setup.invites
    const context = await signedInContext(setup.browser, cookie)
    context.setDefaultTimeout(BROWSER_TIMEOUT_MS)
    const page = await context.newPage()
    for (const email of emails) {
      if (stopping) break
      const began = Date.now()
      try {
        await openInviteForm(page, target.url, accountId)
        await inviteInOpenForm(page, email)
        record({ kind: "invite", instance: target.name, began, ok: true, detail: "confirmed", subject: email })
      } catch (error) {
        record({ kind: "invite", instance: target.name, began, ok: false, detail: describe(error), subject: email })
      }
      await pause(ACTION_EVERY_MS)
    }
    await context.close()
  }

  async function acceptInvitations() {
    const { target, guests } = setup.accepts
    const context = await setup.browser.newContext()
    context.setDefaultTimeout(BROWSER_TIMEOUT_MS)
    const page = await context.newPage()
    for (const guest of guests) {
      if (stopping) break
      const began = Date.now()
      try {
        await switchSession(context, guest.cookie)
        await acceptInvitationInPage(page, guest.link)
        record({ kind: "accept", instance: target.name, began, ok: true, detail: "accepted", subject: guest.email })
      } catch (error) {
        record({ kind: "accept", instance: target.name, began, ok: false, detail: describe(error), subject: guest.email })
      }
      await pause(ACTION_EVERY_MS)
    }
    await context.close()
  }

  const workers = [loadPages(), sendInvitations(), acceptInvitations()]
  return {
    attempts,
    async stop() {
      stopping = true
      await Promise.all(workers)
    },
  }
}
