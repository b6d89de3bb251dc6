import crypto from "node:crypto"
import { afterAll, describe, expect, it, vi } from "vitest"
import { signInAction, signUpAction } from "@/lib/auth/actions"
import type { ActionResult } from "@/lib/actions/result"
import { db } from "@/lib/db"
import { sendInvitation } from "@/lib/invitations/send"
import { SIGN_IN_THROTTLE, SIGN_UP_THROTTLE } from "@/lib/rate-limit"
import { actorFor, createPerson, invitationToken, TEST_PASSWORD, uniqueEmail } from "@/tests/factories"
import { currentSession, redirectOf, useClientIp, useSession } from "@/tests/fake-next-auth"

vi.mock("next-auth", () => import("@/tests/fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("@/tests/fake-next-auth").then((fake) => fake.nextHeadersModule()))

const tried = { signUps: 0 }
afterAll(() => console.log(`sign-up enumeration: ${tried.signUps} sign-ups tried`))

const uniqueIp = () => `172.16.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`

type Outcome = { signedInAs: string | null; message: string | null }

async function submit(action: typeof signUpAction, fields: Record<string, string>, ip: string): Promise<Outcome> {
  useSession(null)
  useClientIp(ip)
  const form = new FormData()
  for (const [name, value] of Object.entries({ next: "/", ...fields })) form.set(name, value)
  const { redirectedTo, result } = await redirectOf(() => action(null, form))
  const session = currentSession()
  if (redirectedTo !== null) return { signedInAs: session?.user.id ?? null, message: null }
  const answer = result as ActionResult
  const errors = answer.ok ? {} : answer.errors
  return { signedInAs: null, message: errors.form ?? Object.values(errors)[0] ?? null }
}

function signUp(email: string, password: string, ip = uniqueIp()) {
  tried.signUps++
  return submit(signUpAction, { name: "Eve Enumerator", email, password }, ip)
}

const usersWith = (email: string) => db.user.count({ where: { email } })
const accountsOf = (email: string) => db.account.count({ where: { owner: { email } } })

describe("sign-up never says an email has an account", () => {
  it("a new email gets an account and is signed in", async () => {
    const email = uniqueEmail("new")
    const outcome = await signUp(email, TEST_PASSWORD)
    const user = await db.user.findUniqueOrThrow({ where: { email } })
    expect(outcome).toEqual({ signedInAs: user.id, message: null })
    expect(await accountsOf(email)).toBe(1)
  })

  it("an existing email with its own password is simply signed in, and nothing new is created", async () => {
    const person = await createPerson("Known Person")
    expect(await signUp(person.email.toUpperCase(), TEST_PASSWORD)).toEqual({ signedInAs: person.userId, message: null })
    expect(await usersWith(person.email)).toBe(1)
    expect(await accountsOf(person.email)).toBe(1)
  })

  it("an existing email with another password gets exactly the answer a wrong password gets on sign-in", async () => {
    const person = await createPerson("Known Person")
    const ip = uniqueIp()
    const signUpAnswer = await signUp(person.email, "a different password")
    tried.signUps++
    const signInAnswer = await submit(signInAction, { email: person.email, password: "a different password" }, ip)
    expect(signUpAnswer).toEqual({ signedInAs: null, message: "Email or password is incorrect." })
    expect(signUpAnswer).toEqual(signInAnswer)
    expect(JSON.stringify(signUpAnswer)).not.toMatch(/exist|already|taken|registered/i)
    expect(await accountsOf(person.email)).toBe(1)
  })

  it("counts such sign-ups as failed sign-ins; once an IP is throttled, a new email is refused in the same words and nothing is created", async () => {
    const person = await createPerson("Known Person")
    const ip = uniqueIp()
    for (let failure = 1; failure <= 10; failure++) {
      expect((await signUp(person.email, `guess number ${failure}`, ip)).message).toBe("Email or password is incorrect.")
    }
    const fresh = uniqueEmail("fresh")
    expect(await signUp(fresh, TEST_PASSWORD, ip)).toEqual({ signedInAs: null, message: SIGN_IN_THROTTLE.message })
    expect(await signUp(person.email, TEST_PASSWORD, ip)).toEqual({ signedInAs: null, message: SIGN_IN_THROTTLE.message })
    expect(await usersWith(fresh)).toBe(0)
    expect(await signUp(fresh, TEST_PASSWORD)).toMatchObject({ message: null })
  })
})

describe("direct sign-ups from one address", () => {
  it("are limited to 10 an hour, in the same words whether the next email is free or taken; an invitation link still works", async () => {
    const ip = uniqueIp()
    for (let signUps = 1; signUps <= 10; signUps++) expect((await signUp(uniqueEmail("burst"), TEST_PASSWORD, ip)).message).toBeNull()
    const taken = await createPerson("Known Person")
    const free = uniqueEmail("eleventh")
    expect(await signUp(free, TEST_PASSWORD, ip)).toEqual({ signedInAs: null, message: SIGN_UP_THROTTLE.message })
    expect(await signUp(taken.email, TEST_PASSWORD, ip)).toEqual({ signedInAs: null, message: SIGN_UP_THROTTLE.message })
    expect(await usersWith(free)).toBe(0)

    const inviter = await createPerson("Ivy Inviter")
    const guest = uniqueEmail("invited")
    const sent = await sendInvitation({ actor: await actorFor(inviter.userId, inviter.accountId), email: guest, roles: ["TECHNICAL"] })
    if (!sent.ok) throw new Error(sent.message)
    tried.signUps++
    const invited = await submit(signUpAction, { name: "Ian Invited", email: guest, password: TEST_PASSWORD, invitation: await invitationToken(sent.invitationId) }, ip)
    expect(invited.message).toBeNull()
  })
})
