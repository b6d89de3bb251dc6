import { afterAll, describe, expect, it, vi } from "vitest"
import { inEnglish } from "@/lib/i18n/catalogs"
import { signInAction } from "@/lib/auth/actions"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import { db } from "@/lib/db"
import { SIGN_IN_THROTTLE } from "@/lib/rate-limit"
import { createPerson, TEST_PASSWORD, uniqueEmail } from "@/tests/factories"
import { currentBrowser, currentSession, redirectOf, useBrowser, useClientIp, useSession } from "@/tests/fake-next-auth"

vi.mock("next-auth", () => import("@/tests/fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("@/tests/fake-next-auth").then((fake) => fake.nextHeadersModule()))

const WRONG = "Email or password is incorrect."
const tried = { attempts: 0 }
afterAll(() => console.log(`sign-in throttle: ${tried.attempts} sign-in attempts`))

function uniqueIp(): string {
  const byte = () => Math.floor(Math.random() * 254) + 1
  return `10.${byte()}.${byte()}.${byte()}`
}

/** Signs in through the form's action from `ip`, in a new browser unless given one: "signed in", or the message shown. */
async function attempt(email: string, password: string, ip = uniqueIp(), browser = new Map<string, string>()): Promise<string> {
  tried.attempts++
  useSession(null)
  useBrowser(browser)
  useClientIp(ip)
  const form = new FormData()
  form.set("email", email)
  form.set("password", password)
  form.set("next", "/")
  const { redirectedTo, result } = await redirectOf(() => signInAction(null, form))
  if (redirectedTo !== null) return currentSession() ? "signed in" : `redirected without a session to ${redirectedTo}`
  return errorIn(result as ActionResult) ?? JSON.stringify(result)
}

const liveSessions = (userId: string) => db.session.count({ where: { userId, revokedAt: null } })

describe("sign-in throttle", () => {
  it("locks an email after 10 failures, from any IP, even with the right password, in the same words whether it exists or not", async () => {
    const person = await createPerson("Tara Target")
    const nobody = uniqueEmail("nobody")
    for (const email of [person.email, nobody]) {
      for (let failure = 1; failure <= 10; failure++) expect(await attempt(email, "wrong password 123")).toBe(WRONG)
      expect(await attempt(email, TEST_PASSWORD)).toBe(inEnglish(SIGN_IN_THROTTLE.message))
      expect(await attempt(email.toUpperCase(), "wrong password 123")).toBe(inEnglish(SIGN_IN_THROTTLE.message))
    }
    expect(await liveSessions(person.userId)).toBe(0)
  })

  it("locks an IP after 10 failures, for every email, while other IPs still sign in", async () => {
    const person = await createPerson("Ivy Innocent")
    const attacker = uniqueIp()
    for (let failure = 1; failure <= 10; failure++) expect(await attempt(uniqueEmail("spray"), "Password123!", attacker)).toBe(WRONG)
    expect(await attempt(person.email, TEST_PASSWORD, attacker)).toBe(inEnglish(SIGN_IN_THROTTLE.message))
    expect(await liveSessions(person.userId)).toBe(0)
    expect(await attempt(person.email, TEST_PASSWORD)).toBe("signed in")
    expect(await liveSessions(person.userId)).toBe(1)
  })

  it("does not count a successful sign-in as a failure", async () => {
    const person = await createPerson("Sam Success")
    for (let failure = 1; failure <= 9; failure++) expect(await attempt(person.email, "wrong password 123")).toBe(WRONG)
    expect(await attempt(person.email, TEST_PASSWORD)).toBe("signed in")
    expect(await attempt(person.email, "wrong password 123")).toBe(WRONG)
    expect(await attempt(person.email, TEST_PASSWORD)).toBe(inEnglish(SIGN_IN_THROTTLE.message))
  })

  it("a browser that signed in as the person before is not locked out by an attacker's failures elsewhere; a new browser is", async () => {
    const person = await createPerson("Dora Device")
    const victim = new Map<string, string>()
    const home = uniqueIp()
    expect(await attempt(person.email, TEST_PASSWORD, home, victim)).toBe("signed in")
    expect(currentBrowser().size).toBeGreaterThan(0) // the device cookie
    const attacker = uniqueIp()
    for (let failure = 1; failure <= 10; failure++) expect(await attempt(person.email, "a guess from afar 123", attacker)).toBe(WRONG)
    expect(await attempt(person.email, TEST_PASSWORD, uniqueIp())).toBe(inEnglish(SIGN_IN_THROTTLE.message))
    expect(await attempt(person.email, TEST_PASSWORD, home, victim)).toBe("signed in")
    // The device's own failures still count, on the device: it is no way around the limit.
    for (let failure = 1; failure <= 10; failure++) expect(await attempt(person.email, "a wrong one 1234", home, victim)).toBe(WRONG)
    expect(await attempt(person.email, TEST_PASSWORD, home, victim)).toBe(inEnglish(SIGN_IN_THROTTLE.message))
  })

  it("lets exactly 10 of 20 parallel guesses be checked", async () => {
    const person = await createPerson("Pam Parallel")
    const answers = await Promise.all(Array.from({ length: 20 }, () => attempt(person.email, "wrong password 123")))
    expect(answers.filter((answer) => answer === WRONG)).toHaveLength(10)
    expect(answers.filter((answer) => answer === inEnglish(SIGN_IN_THROTTLE.message))).toHaveLength(10)
    expect(await db.rateLimitEvent.count({ where: { key: `sign-in:email:${person.email}` } })).toBe(10)
  })
})
