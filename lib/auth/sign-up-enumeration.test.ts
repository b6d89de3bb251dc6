import crypto from "node:crypto"
import { afterAll, describe, expect, it, vi } from "vitest"
import { inEnglish } from "@/lib/i18n/catalogs"
import { signInAction, signUpAction } from "@/lib/auth/actions"
import type { ActionResult } from "@/lib/actions/result"
import { db } from "@/lib/db"
import { sendInvitation } from "@/lib/invitations/send"
import { SIGN_UP_THROTTLE } from "@/lib/rate-limit"
import { actorFor, createPerson, invitationToken, TEST_PASSWORD, uniqueEmail } from "@/tests/factories"
import { currentSession, redirectOf, useBrowser, useClientIp, useSession } from "@/tests/fake-next-auth"

vi.mock("next-auth", () => import("@/tests/fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("@/tests/fake-next-auth").then((fake) => fake.nextHeadersModule()))

const tried = { signUps: 0 }
afterAll(() => console.log(`sign-up enumeration: ${tried.signUps} sign-ups tried`))

const uniqueIp = () => `172.16.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`

type Outcome = { signedInAs: string | null; redirectedTo: string | null; answer: ActionResult | null }

async function submit(action: typeof signUpAction, fields: Record<string, string>, ip: string): Promise<Outcome> {
  useSession(null)
  useBrowser()
  useClientIp(ip)
  const form = new FormData()
  for (const [name, value] of Object.entries({ next: "/", ...fields })) form.set(name, value)
  const { redirectedTo, result } = await redirectOf(() => action(null, form))
  return { signedInAs: currentSession()?.user.id ?? null, redirectedTo, answer: (result as ActionResult | undefined) ?? null }
}

function signUp(email: string, password = TEST_PASSWORD, ip = uniqueIp(), name = "Eve Enumerator") {
  tried.signUps++
  return submit(signUpAction, { name, email, password }, ip)
}

const messageOf = (outcome: Outcome) => (outcome.answer && !outcome.answer.ok ? (outcome.answer.errors.form ?? Object.values(outcome.answer.errors)[0]) : null)
const usersWith = (email: string) => db.user.count({ where: { email } })
const mailsTo = (email: string) => db.outboxMail.findMany({ where: { to: email }, select: { template: true } })

describe("sign-up never says an email has an account", () => {
  it("a free and a taken email get byte-identical answers and one mail each; the taken one changes nothing", async () => {
    const free = uniqueEmail("free")
    const known = await createPerson("Known Person")
    const before = await db.user.findUniqueOrThrow({ where: { email: known.email } })
    const freeAnswer = await signUp(free)
    const takenAnswer = await signUp(known.email)
    // The same bytes once the address itself is set aside: same status (no redirect), same shape, same words.
    expect(JSON.stringify(freeAnswer).replaceAll(free, "<email>")).toBe(JSON.stringify(takenAnswer).replaceAll(known.email, "<email>"))
    expect(freeAnswer).toEqual({ signedInAs: null, redirectedTo: null, answer: { ok: true, data: { checkInbox: free } } })
    expect(await mailsTo(free)).toEqual([{ template: "confirm-email" }])
    expect(await mailsTo(known.email)).toEqual([{ template: "sign-up-attempt" }])
    expect(await db.user.findUniqueOrThrow({ where: { email: known.email } })).toEqual(before)
    expect(await usersWith(free)).toBe(1)
    expect((await db.user.findUniqueOrThrow({ where: { email: free } })).emailVerifiedAt).toBeNull()
  })

  it("a second sign-up with a free email, racing the first, ends as one person and one mail each", async () => {
    const email = uniqueEmail("race")
    const answers = await Promise.all([signUp(email), signUp(email)])
    expect(answers.map((outcome) => outcome.answer)).toEqual([{ ok: true, data: { checkInbox: email } }, { ok: true, data: { checkInbox: email } }])
    expect(await usersWith(email)).toBe(1)
    expect((await mailsTo(email)).map((mail) => mail.template).sort()).toEqual(["confirm-email", "sign-up-attempt"])
  })

  it("a weak password, or one made of the name or email, is refused next to the field and creates nothing", async () => {
    for (const [password, why] of [
      ["password123", /too easy to guess/],
      ["qwertyuiop", /too easy to guess/],
      ["eve-enumerator-2026", /name or your email/],
    ] as const) {
      const email = uniqueEmail("weak")
      const outcome = await signUp(email, password)
      expect(outcome.answer?.ok).toBe(false)
      if (outcome.answer?.ok === false) expect(outcome.answer.errors.password).toMatch(why)
      expect(await usersWith(email)).toBe(0)
      expect(await mailsTo(email)).toEqual([])
    }
  })

  it("an unconfirmed person who signs in with the right password is told to confirm first; a wrong one is just wrong", async () => {
    const email = uniqueEmail("unconfirmed")
    await signUp(email)
    const right = await submit(signInAction, { email, password: TEST_PASSWORD }, uniqueIp())
    expect(right.signedInAs).toBeNull()
    expect(right.answer).toMatchObject({ ok: false, errors: { form: `Confirm your email first: open the link we sent to ${email}.` }, offer: { kind: "resend-confirmation" } })
    const wrong = await submit(signInAction, { email, password: "not the password at all" }, uniqueIp())
    expect(wrong.answer).toEqual({ ok: false, errors: { form: "Email or password is incorrect." }, values: { email, next: "/" } })
    expect(await db.session.count({ where: { user: { email } } })).toBe(0)
  })
})

describe("direct sign-ups from one address", () => {
  it("are limited to 10 an hour, in the same words whether the next email is free or taken; an invitation link still works", async () => {
    const ip = uniqueIp()
    for (let signUps = 1; signUps <= 10; signUps++) expect(messageOf(await signUp(uniqueEmail("burst"), TEST_PASSWORD, ip))).toBeNull()
    const taken = await createPerson("Known Person")
    const free = uniqueEmail("eleventh")
    expect(messageOf(await signUp(free, TEST_PASSWORD, ip))).toBe(inEnglish(SIGN_UP_THROTTLE.message))
    expect(messageOf(await signUp(taken.email, TEST_PASSWORD, ip))).toBe(inEnglish(SIGN_UP_THROTTLE.message))
    expect(await usersWith(free)).toBe(0)

    // Through an invitation the token proves the mailbox: confirmed and signed in at once, without a mail of ours.
    const inviter = await createPerson("Ivy Inviter")
    const guest = uniqueEmail("invited")
    const sent = await sendInvitation({ actor: await actorFor(inviter.userId, inviter.accountId), email: guest, roles: ["TECHNICAL"] })
    if (!sent.ok) throw new Error(sent.message)
    tried.signUps++
    const invited = await submit(signUpAction, { name: "Ian Invited", email: guest, password: TEST_PASSWORD, invitation: await invitationToken(sent.invitationId) }, ip)
    const user = await db.user.findUniqueOrThrow({ where: { email: guest } })
    expect(invited.signedInAs).toBe(user.id)
    expect(user.emailVerifiedAt).not.toBeNull()
    expect(await mailsTo(guest)).toEqual([{ template: "invitation" }])
  })

  it("an invitation takes over an email that someone signed up with but never confirmed", async () => {
    const guest = uniqueEmail("squatted")
    await signUp(guest, "the squatter's password 42", uniqueIp(), "Sly Squatter")
    const inviter = await createPerson("Ivy Inviter")
    const sent = await sendInvitation({ actor: await actorFor(inviter.userId, inviter.accountId), email: guest, roles: ["TECHNICAL"] })
    if (!sent.ok) throw new Error(sent.message)
    const invited = await submit(signUpAction, { name: "Real Guest", email: guest, password: TEST_PASSWORD, invitation: await invitationToken(sent.invitationId) }, uniqueIp())
    const user = await db.user.findUniqueOrThrow({ where: { email: guest } })
    expect(invited.signedInAs).toBe(user.id)
    expect(user).toMatchObject({ name: "Real Guest" })
    expect(user.emailVerifiedAt).not.toBeNull()
    expect((await submit(signInAction, { email: guest, password: "the squatter's password 42" }, uniqueIp())).signedInAs).toBeNull()
  })
})
