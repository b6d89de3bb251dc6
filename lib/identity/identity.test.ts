import crypto from "node:crypto"
import { NextRequest } from "next/server"
import { describe, expect, it, vi } from "vitest"
import { inEnglish } from "@/lib/i18n/catalogs"
import { isSessionLive } from "@/lib/access/check"
import { resendConfirmationAction, signInAction, signUpAction } from "@/lib/auth/actions"
import type { ActionResult } from "@/lib/actions/result"
import { db } from "@/lib/db"
import { EMAIL_LINK_THROTTLE } from "@/lib/rate-limit"
import { createPerson, TEST_PASSWORD, uniqueEmail } from "@/tests/factories"
import { currentBrowser, currentSession, redirectOf, useBrowser, useClientIp, useSession } from "@/tests/fake-next-auth"
import { changePasswordAction, endOtherSessionsAction, endSessionAction, requestPasswordResetAction, resetPasswordAction } from "./actions"
import { followConfirmationLink } from "./confirm-link"

vi.mock("next-auth", () => import("@/tests/fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("@/tests/fake-next-auth").then((fake) => fake.nextHeadersModule()))
vi.mock("next/cache", () => ({ revalidatePath: () => {} }))

const uniqueIp = () => `198.18.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`
const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

/** The token in the newest mail of `template` queued to `email`. */
async function linkToken(email: string, template: "confirm-email" | "password-reset"): Promise<string> {
  const mail = await db.outboxMail.findFirstOrThrow({ where: { to: email, template }, orderBy: { createdAt: "desc" } })
  const payload = mail.payload as { confirmUrl?: string; resetUrl?: string }
  return (payload.confirmUrl ?? payload.resetUrl)!.split("/").at(-1)!
}

async function signUpInNewBrowser(email: string) {
  useSession(null)
  useBrowser()
  useClientIp(uniqueIp())
  await signUpAction(null, form({ name: "Cora Confirm", email, password: TEST_PASSWORD, next: "/" }))
  return currentBrowser()
}

const follow = (token: string) => redirectOf(() => followConfirmationLink(new NextRequest(`http://localhost/confirm-email/${token}`)))
const locationOf = (outcome: { result: unknown }) => (outcome.result as Response).headers.get("location")

async function signIn(email: string, password = TEST_PASSWORD) {
  useSession(null)
  useBrowser()
  useClientIp(uniqueIp())
  const { redirectedTo, result } = await redirectOf(() => signInAction(null, form({ email, password, next: "/" })))
  return { redirectedTo, result: result as ActionResult | undefined, session: currentSession() }
}

describe("confirming an email", () => {
  it("the link, in the browser that signed up, confirms the email and signs in, once", async () => {
    const email = uniqueEmail("confirm")
    const browser = await signUpInNewBrowser(email)
    const token = await linkToken(email, "confirm-email")
    useBrowser(browser)
    const first = await follow(token)
    const user = await db.user.findUniqueOrThrow({ where: { email } })
    expect(first.redirectedTo).toBe("/")
    expect(currentSession()?.user.id).toBe(user.id)
    expect(user.emailVerifiedAt).not.toBeNull()
    // Used: it signs nobody in again, but says the email is confirmed.
    useSession(null)
    const again = await follow(token)
    expect(again.redirectedTo).toBeNull()
    expect(locationOf(again)).toBe(`/sign-in?email=${encodeURIComponent(email)}&notice=confirmed`)
    expect(currentSession()).toBeNull()
  })

  it("in another browser (a phone, a link scanner) it confirms nothing: only a password set there by the mailbox's owner", async () => {
    const email = uniqueEmail("elsewhere")
    await signUpInNewBrowser(email)
    useBrowser()
    useSession(null)
    const token = await linkToken(email, "confirm-email")
    const outcome = await follow(token)
    const reset = locationOf(outcome)!
    expect(reset).toMatch(/^\/reset-password\/[A-Za-z0-9_-]{43}$/)
    expect(currentSession()).toBeNull()
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull()
    // Whoever signed up (maybe not the mailbox's owner) still cannot sign in with their password.
    expect((await signIn(email)).redirectedTo).toBeNull()
    useSession(null)
    const done = await redirectOf(() => resetPasswordAction(reset.split("/").at(-1)!, null, form({ password: "the owner's own phrase 7" })))
    expect(done.redirectedTo).toBe("/")
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull()
    expect((await signIn(email)).redirectedTo).toBeNull()
    expect((await signIn(email, "the owner's own phrase 7")).redirectedTo).toBe("/")
  })

  it("expires after 24 hours, and a new link replaces the old one", async () => {
    const email = uniqueEmail("late")
    const browser = await signUpInNewBrowser(email)
    const token = await linkToken(email, "confirm-email")
    await db.emailToken.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } })
    useBrowser(browser)
    expect(locationOf(await follow(token))).toBe("/sign-in?notice=link-closed")
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull()

    // Send the link again, from the refusal's offer; at most three links an hour reach one address.
    const refusal = (await signIn(email)).result!
    const ticket = !refusal.ok && refusal.offer?.kind === "resend-confirmation" ? refusal.offer.ticket : ""
    expect(await resendConfirmationAction(ticket)).toMatchObject({ ok: true, message: `We sent a new link to ${email}. It works for 24 hours.` })
    const fresh = await linkToken(email, "confirm-email")
    expect(fresh).not.toBe(token)
    expect(await resendConfirmationAction(ticket)).toMatchObject({ ok: true })
    expect(await resendConfirmationAction(ticket)).toEqual({ ok: false, errors: { form: inEnglish(EMAIL_LINK_THROTTLE.message) } })
    expect(await resendConfirmationAction("someone-else|9999999999999.forged")).toMatchObject({ ok: false })
    expect(await db.outboxMail.count({ where: { to: email, template: "confirm-email" } })).toBe(3)
  })

  it("a made-up or mangled token confirms nothing", async () => {
    for (const token of ["", "x", "a".repeat(43), "%00", crypto.randomBytes(32).toString("base64url")]) {
      expect(locationOf(await follow(encodeURIComponent(token)))).toBe("/sign-in?notice=link-closed")
    }
  })
})

describe("resetting a password", () => {
  it("answers the same for any email; the link works once, for its person, and ends every other session", async () => {
    const person = await createPerson("Rita Reset")
    const other = await signIn(person.email)
    useClientIp(uniqueIp())
    const known = await requestPasswordResetAction(null, form({ email: person.email }))
    const unknown = await requestPasswordResetAction(null, form({ email: uniqueEmail("nobody") }))
    expect(JSON.stringify(known).replace(person.email, "<email>")).toBe(JSON.stringify(unknown).replace(/nobody-[0-9a-f]+@example\.test/, "<email>"))
    const token = await linkToken(person.email, "password-reset")

    useSession(null)
    const weak = await resetPasswordAction(token, null, form({ password: "password123" }))
    expect(weak).toMatchObject({ ok: false, errors: { password: expect.stringMatching(/too easy/) } })
    const done = await redirectOf(() => resetPasswordAction(token, null, form({ password: "a brand new phrase 42" })))
    expect(done.redirectedTo).toBe("/")
    expect(currentSession()?.user.id).toBe(person.userId)
    expect(await isSessionLive({ userId: person.userId, sessionId: other.session!.sessionId! })).toBe(false)
    expect(await db.outboxMail.count({ where: { to: person.email, template: "password-changed" } })).toBe(1)
    expect(await resetPasswordAction(token, null, form({ password: "yet another phrase 43" }))).toMatchObject({ ok: false, errors: { form: expect.stringMatching(/expired or was already used/) } })
    expect((await signIn(person.email, "a brand new phrase 42")).redirectedTo).toBe("/")
    expect((await signIn(person.email)).redirectedTo).toBeNull()
  })

  it("an unused reset link dies when the password is changed from the profile", async () => {
    const person = await createPerson("Lena Link")
    useClientIp(uniqueIp())
    await requestPasswordResetAction(null, form({ email: person.email }))
    const token = await linkToken(person.email, "password-reset")
    const here = await signIn(person.email)
    useSession({ userId: person.userId, sessionId: here.session!.sessionId! })
    expect(await changePasswordAction(null, form({ currentPassword: TEST_PASSWORD, newPassword: "a brand new phrase 42" }))).toMatchObject({ ok: true })
    useSession(null)
    expect(await resetPasswordAction(token, null, form({ password: "the intruder's phrase 9" }))).toMatchObject({ ok: false })
  })

  it("a link older than an hour does nothing", async () => {
    const person = await createPerson("Olga Old")
    useClientIp(uniqueIp())
    await requestPasswordResetAction(null, form({ email: person.email }))
    const token = await linkToken(person.email, "password-reset")
    await db.emailToken.updateMany({ where: { userId: person.userId }, data: { expiresAt: new Date(Date.now() - 1000) } })
    const before = await db.user.findUniqueOrThrow({ where: { id: person.userId } })
    expect(await resetPasswordAction(token, null, form({ password: "a brand new phrase 42" }))).toMatchObject({ ok: false })
    expect(await db.user.findUniqueOrThrow({ where: { id: person.userId } })).toEqual(before)
  })
})

describe("the profile's password and sessions", () => {
  it("changing the password takes the current one, judges the new one, and ends the other sessions only", async () => {
    const person = await createPerson("Paula Profile")
    const other = await signIn(person.email)
    const here = await signIn(person.email)
    useSession({ userId: person.userId, sessionId: here.session!.sessionId! })
    const before = await db.user.findUniqueOrThrow({ where: { id: person.userId } })
    expect(await changePasswordAction(null, form({ currentPassword: "not my password", newPassword: "a brand new phrase 42" }))).toMatchObject({ ok: false, errors: { currentPassword: "This is not your current password." } })
    expect(await changePasswordAction(null, form({ currentPassword: TEST_PASSWORD, newPassword: "paula-profile-99" }))).toMatchObject({ ok: false, errors: { newPassword: expect.stringMatching(/name or your email/) } })
    expect(await db.user.findUniqueOrThrow({ where: { id: person.userId } })).toEqual(before)
    expect(await changePasswordAction(null, form({ currentPassword: TEST_PASSWORD, newPassword: "a brand new phrase 42" }))).toEqual({ ok: true, message: "Password changed. 1 other session was signed out." })
    expect(await isSessionLive({ userId: person.userId, sessionId: other.session!.sessionId! })).toBe(false)
    expect(await isSessionLive({ userId: person.userId, sessionId: here.session!.sessionId! })).toBe(true)
    expect(await db.securityEvent.count({ where: { userId: person.userId, action: "PASSWORD_CHANGED" } })).toBe(1)
  })

  it("signs out one session of one's own, or all the others; never someone else's", async () => {
    const person = await createPerson("Sid Sessions")
    const stranger = await createPerson("Stan Stranger")
    const strangers = await signIn(stranger.email)
    const [first, second, here] = [await signIn(person.email), await signIn(person.email), await signIn(person.email)]
    useSession({ userId: person.userId, sessionId: here.session!.sessionId! })
    expect(await endSessionAction(strangers.session!.sessionId!)).toMatchObject({ ok: false })
    expect(await isSessionLive({ userId: stranger.userId, sessionId: strangers.session!.sessionId! })).toBe(true)
    expect(await endSessionAction(here.session!.sessionId!)).toMatchObject({ ok: false })
    expect(await endSessionAction(first.session!.sessionId!)).toEqual({ ok: true, message: "Session signed out." })
    expect(await isSessionLive({ userId: person.userId, sessionId: first.session!.sessionId! })).toBe(false)
    expect(await endOtherSessionsAction()).toEqual({ ok: true, message: "1 other session was signed out." })
    expect(await isSessionLive({ userId: person.userId, sessionId: second.session!.sessionId! })).toBe(false)
    expect(await isSessionLive({ userId: person.userId, sessionId: here.session!.sessionId! })).toBe(true)
    expect(await db.outboxMail.count({ where: { to: person.email, template: "sessions-ended" } })).toBe(2)
    // Said in the reader's language: their profile's.
    await db.user.update({ where: { id: person.userId }, data: { locale: "fr" } })
    expect(await endOtherSessionsAction()).toEqual({ ok: true, message: "Il n’y avait pas d’autre session." })
  })
})
