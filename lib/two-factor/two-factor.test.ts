import crypto from "node:crypto"
import { describe, expect, it, vi } from "vitest"
import { decide, findAccess } from "@/lib/access/check"
import { signInAction } from "@/lib/auth/actions"
import type { ActionResult } from "@/lib/actions/result"
import { db } from "@/lib/db"
import { addMember, actorFor, codeFor, createPerson, TEST_PASSWORD, turnOnTwoFactor } from "@/tests/factories"
import { currentSession, redirectOf, useBrowser, useClientIp, useSession } from "@/tests/fake-next-auth"
import { regenerateRecoveryCodesAction, setTwoFactorRequirementAction, setUpTwoFactorAction, turnOffTwoFactorAction, turnOnTwoFactorAction, verifySignInAction } from "./actions"
import { answerChallenge, CHALLENGE_LIFETIME_MS, openChallenge } from "./challenge"
import { recoveryCodeHash } from "./recovery-codes"
import { setTwoFactorRequirement } from "./requirement"
import { stepOfCode } from "./totp"

vi.mock("next-auth", () => import("@/tests/fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("@/tests/fake-next-auth").then((fake) => fake.nextHeadersModule()))
vi.mock("next/cache", () => ({ revalidatePath: () => {} }))

const uniqueIp = () => `198.19.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`
const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}
const origin = { ip: "203.0.113.9", userAgent: "vitest" }
const STEP = 30_000

/** A person signed in (a live session), with two-factor on: their secret and recovery codes. */
async function personWithTwoFactor(name = "Tia Two-Factor") {
  const person = await createPerson(name)
  useSession({ userId: person.userId, sessionId: (await db.session.create({ data: { userId: person.userId } })).id })
  const setup = (await setUpTwoFactorAction()) as ActionResult<{ secret: string }>
  if (!setup.ok) throw new Error("set up refused")
  const secret = setup.data!.secret
  const on = (await turnOnTwoFactorAction(null, form({ password: TEST_PASSWORD, code: codeFor(secret) }))) as ActionResult<{ recoveryCodes: string[] }>
  if (!on.ok) throw new Error(`turn on refused: ${JSON.stringify(on)}`)
  return { ...person, secret, recoveryCodes: on.data!.recoveryCodes }
}

/** Signs in with the password from a new browser: the challenge the refusal offers (no session is made). */
async function passwordStep(email: string): Promise<string> {
  useSession(null)
  useBrowser()
  useClientIp(uniqueIp())
  const { redirectedTo, result } = await redirectOf(() => signInAction(null, form({ email, password: TEST_PASSWORD, next: "/" })))
  expect(redirectedTo).toBeNull()
  expect(currentSession()).toBeNull()
  const answer = result as ActionResult
  if (answer.ok || answer.offer?.kind !== "two-factor") throw new Error(`no second step: ${JSON.stringify(answer)}`)
  return answer.offer.challenge
}

const verify = (challenge: string, fields: Record<string, string>) => redirectOf(() => verifySignInAction(null, form({ challenge, next: "/", ...fields })))

describe("TOTP codes", () => {
  it("are accepted one step either side of now (clock drift), not two", () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    const now = Date.UTC(2026, 11, 4, 12, 0, 10)
    const step = Math.floor(now / STEP)
    expect(stepOfCode(secret, codeFor(secret, now), now)).toBe(step)
    expect(stepOfCode(secret, codeFor(secret, now - STEP), now)).toBe(step - 1)
    expect(stepOfCode(secret, codeFor(secret, now + STEP), now)).toBe(step + 1)
    expect(stepOfCode(secret, codeFor(secret, now - 2 * STEP), now)).toBeNull()
    expect(stepOfCode(secret, codeFor(secret, now + 2 * STEP), now)).toBeNull()
  })
})

describe("a person's two-factor authentication", () => {
  it("keeps the secret encrypted and only hashes of the recovery codes", async () => {
    const person = await personWithTwoFactor()
    const row = await db.user.findUniqueOrThrow({ where: { id: person.userId } })
    expect(row.twoFactorSecret).not.toContain(person.secret)
    expect(row.twoFactorSecret).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
    // Without the key (another one), the stored value opens to nothing.
    const key = process.env.TWO_FACTOR_ENCRYPTION_KEY
    process.env.TWO_FACTOR_ENCRYPTION_KEY = crypto.randomBytes(32).toString("base64")
    const { open } = await import("@/lib/secret-box")
    expect(() => open(row.twoFactorSecret!, person.userId)).toThrow()
    process.env.TWO_FACTOR_ENCRYPTION_KEY = key
    expect(open(row.twoFactorSecret!, person.userId)).toBe(person.secret)
    // Copied onto another person's row, it does not open either.
    expect(() => open(row.twoFactorSecret!, crypto.randomUUID())).toThrow()

    const stored = await db.recoveryCode.findMany({ where: { userId: person.userId } })
    expect(person.recoveryCodes).toHaveLength(10)
    expect(new Set(person.recoveryCodes).size).toBe(10)
    expect(stored.map((code) => code.codeHash).sort()).toEqual(person.recoveryCodes.map((code) => recoveryCodeHash(person.userId, code)).sort())
    expect(JSON.stringify(stored)).not.toContain(person.recoveryCodes[0]!.replace("-", ""))
  })

  it("turns on only with a code from the shown secret, and Set up changes nothing once it is on", async () => {
    const person = await createPerson("Una Unsure")
    useSession({ userId: person.userId, sessionId: (await db.session.create({ data: { userId: person.userId } })).id })
    const setup = (await setUpTwoFactorAction()) as ActionResult<{ secret: string; qrCode: string }>
    expect(setup).toMatchObject({ ok: true, data: { qrCode: expect.stringMatching(/^data:image\/svg\+xml;base64,/) } })
    const secret = (setup as { data: { secret: string } }).data.secret
    expect(await turnOnTwoFactorAction(null, form({ password: TEST_PASSWORD, code: "12345" }))).toMatchObject({ ok: false, errors: { code: "Enter the 6-digit code your app shows." } })
    expect(await turnOnTwoFactorAction(null, form({ password: TEST_PASSWORD, code: codeFor(secret, Date.now() - 5 * STEP) }))).toMatchObject({ ok: false, errors: { code: expect.stringContaining("not right") } })
    // A session left open is not enough: the password too.
    expect(await turnOnTwoFactorAction(null, form({ password: "not the password", code: codeFor(secret) }))).toMatchObject({ ok: false, errors: { password: "This is not your password." } })
    expect((await db.user.findUniqueOrThrow({ where: { id: person.userId } })).twoFactorEnabledAt).toBeNull()
    const other = await db.session.create({ data: { userId: person.userId } })
    expect(await turnOnTwoFactorAction(null, form({ password: TEST_PASSWORD, code: codeFor(secret) }))).toMatchObject({ ok: true, message: "Two-factor authentication is on. 1 other session was signed out." })
    expect((await db.session.findUniqueOrThrow({ where: { id: other.id } })).revokedAt).not.toBeNull()
    expect(await setUpTwoFactorAction()).toMatchObject({ ok: false, errors: { form: "Two-factor authentication is already on." } })
  })

  it("never accepts the same code twice, nor an older one", async () => {
    const person = await personWithTwoFactor()
    // Turning on used its code's time step: that code, and the one before it, cannot sign in.
    const usedStep = (await db.user.findUniqueOrThrow({ where: { id: person.userId } })).twoFactorLastStep!
    const codeOfStep = (step: number) => codeFor(person.secret, step * STEP + 1_000)
    let challenge = await passwordStep(person.email)
    expect((await verify(challenge, { code: codeOfStep(usedStep) })).result).toMatchObject({ ok: false, errors: { code: expect.stringContaining("not right") } })
    expect((await verify(challenge, { code: codeOfStep(usedStep - 1) })).result).toMatchObject({ ok: false })
    // The next step's code (within the drift) works, once.
    expect((await verify(challenge, { code: codeOfStep(usedStep + 1) })).redirectedTo).toBe("/")
    challenge = await passwordStep(person.email)
    expect((await verify(challenge, { code: codeOfStep(usedStep + 1) })).result).toMatchObject({ ok: false })
  })

  it("takes each recovery code once, says how many are left and mails the person", async () => {
    const person = await personWithTwoFactor()
    const [first, second] = person.recoveryCodes
    let challenge = await passwordStep(person.email)
    const used = await verify(challenge, { recoveryCode: ` ${first!.toUpperCase()} ` })
    expect(used.redirectedTo).toBe(`/profile?recovery-codes-left=9&next=${encodeURIComponent("/")}`)
    expect(currentSession()?.user.id).toBe(person.userId)
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: person.email, template: "recovery-code-used" } })
    expect(mail.payload).toMatchObject({ remaining: 9 })
    challenge = await passwordStep(person.email)
    expect((await verify(challenge, { recoveryCode: first! })).result).toMatchObject({ ok: false, errors: { recoveryCode: expect.stringContaining("already used") } })
    expect((await verify(challenge, { recoveryCode: second!.replace("-", "") })).redirectedTo).toContain("recovery-codes-left=8")
  })

  it("replaces the recovery codes, after the password and a code", async () => {
    const person = await personWithTwoFactor()
    useSession({ userId: person.userId, sessionId: (await db.session.create({ data: { userId: person.userId } })).id })
    expect(await regenerateRecoveryCodesAction(null, form({ password: "not the password", code: person.recoveryCodes[1]! }))).toMatchObject({ ok: false, errors: { password: "This is not your password." } })
    expect(await regenerateRecoveryCodesAction(null, form({ password: TEST_PASSWORD, code: "000000" }))).toMatchObject({ ok: false, errors: { code: "This code is not right." } })
    const fresh = (await regenerateRecoveryCodesAction(null, form({ password: TEST_PASSWORD, code: person.recoveryCodes[1]! }))) as ActionResult<{ recoveryCodes: string[] }>
    expect(fresh.ok).toBe(true)
    const challenge = await passwordStep(person.email)
    expect((await verify(challenge, { recoveryCode: person.recoveryCodes[0]! })).result).toMatchObject({ ok: false })
    expect((await verify(challenge, { recoveryCode: (fresh as { data: { recoveryCodes: string[] } }).data.recoveryCodes[0]! })).redirectedTo).toContain("recovery-codes-left=9")
  })
})

describe("the sign-in challenge", () => {
  it("makes no session until answered, and cannot be answered twice", async () => {
    const person = await personWithTwoFactor()
    const challenge = await passwordStep(person.email)
    const code = codeFor(person.secret, Date.now() + STEP)
    const [one, two] = await Promise.all([answerChallenge(challenge, { code }, origin), answerChallenge(challenge, { code }, origin)])
    expect([one, two].filter((answer) => answer.kind === "signed-in")).toHaveLength(1)
    // Replayed later with a fresh code, it is still used up.
    expect((await answerChallenge(challenge, { code: codeFor(person.secret, Date.now() + STEP) }, origin)).kind).not.toBe("signed-in")
  })

  it("expires after its lifetime, and a forged or altered one opens nothing", async () => {
    const person = await personWithTwoFactor()
    const now = Date.now()
    const challenge = await openChallenge(person.userId, new Date(now - CHALLENGE_LIFETIME_MS - 1_000))
    expect((await answerChallenge(challenge, { code: codeFor(person.secret, now + STEP) }, origin)).kind).toBe("closed")
    const fresh = await openChallenge(person.userId)
    expect((await answerChallenge(`${fresh}x`, { code: codeFor(person.secret, now + STEP) }, origin)).kind).toBe("closed")
    expect((await answerChallenge(`${crypto.randomUUID()}|${now + 60_000}.forged`, { code: codeFor(person.secret, now + STEP) }, origin)).kind).toBe("closed")
  })

  it("is throttled per person: after 5 wrong codes even the right one waits", async () => {
    const person = await personWithTwoFactor()
    const challenge = await passwordStep(person.email)
    for (let attempt = 0; attempt < 5; attempt++) expect((await verify(challenge, { code: "000000" })).result).toMatchObject({ ok: false })
    expect((await verify(challenge, { code: codeFor(person.secret, Date.now() + STEP) })).result).toMatchObject({ ok: false, errors: { code: "Too many wrong codes. Try again in 15 minutes." } })
    // From another browser too: the limit is the person's.
    const again = await passwordStep(person.email)
    expect((await verify(again, { recoveryCode: person.recoveryCodes[0]! })).result).toMatchObject({ ok: false, errors: { recoveryCode: expect.stringContaining("Too many") } })
  })
})

describe("an account that requires two-factor authentication", () => {
  it("can be required only by its owner, once the owner has it", async () => {
    const owner = await createPerson("Oona Owner")
    const admin = await createPerson("Adam Admin")
    await addMember(owner.accountId, admin.userId, ["ADMIN", "TECHNICAL", "BILLING"])
    await turnOnTwoFactor(admin.userId)
    expect(await setTwoFactorRequirement(await actorFor(admin.userId, owner.accountId), true)).toEqual({ ok: false, reason: "onlyOwnerChanges" })
    expect(await setTwoFactorRequirement(await actorFor(owner.userId, owner.accountId), true)).toEqual({ ok: false, reason: "ownerFirst" })
    expect((await db.account.findUniqueOrThrow({ where: { id: owner.accountId } })).requireTwoFactor).toBe(false)
    expect(await db.auditEvent.count({ where: { accountId: owner.accountId } })).toBe(0)
    await turnOnTwoFactor(owner.userId)
    expect(await setTwoFactorRequirement(await actorFor(owner.userId, owner.accountId), true)).toMatchObject({ ok: true })
    expect(await db.auditEvent.findFirst({ where: { accountId: owner.accountId, action: "TWO_FACTOR_REQUIRED" } })).not.toBeNull()
  })

  it("refuses every page and action to a member without it, mails the members, and lets them in once they turn it on", async () => {
    const owner = await createPerson("Omar Owner")
    const member = await createPerson("Mina Member")
    await addMember(owner.accountId, member.userId, ["ADMIN", "TECHNICAL", "BILLING"])
    await turnOnTwoFactor(owner.userId)
    useSession({ userId: owner.userId, sessionId: (await db.session.create({ data: { userId: owner.userId } })).id })
    expect(await setTwoFactorRequirementAction(owner.accountId, form({ required: "on" }))).toMatchObject({ ok: true, message: expect.stringContaining("1 member without it") })
    expect(await db.outboxMail.findFirst({ where: { to: member.email, template: "two-factor-required" } })).toMatchObject({ payload: expect.objectContaining({ hasTwoFactor: false }) })

    expect(decide(await findAccess(member.userId, owner.accountId), "dashboard").kind).toBe("two-factor-required")
    useSession({ userId: member.userId, sessionId: (await db.session.create({ data: { userId: member.userId } })).id })
    expect(await setTwoFactorRequirementAction(owner.accountId, form({ required: "off" }))).toMatchObject({ ok: false, errors: { form: expect.stringContaining("requires two-factor") } })

    await turnOnTwoFactor(member.userId)
    expect(decide(await findAccess(member.userId, owner.accountId), "dashboard").kind).toBe("allow")
  })

  it("warns a member who turns their own off, then refuses them; its owner cannot turn theirs off", async () => {
    const owner = await createPerson("Ola Owner")
    const member = await personWithTwoFactor("Max Member")
    await addMember(owner.accountId, member.userId, ["TECHNICAL"])
    await turnOnTwoFactor(owner.userId)
    await setTwoFactorRequirement(await actorFor(owner.userId, owner.accountId), true)

    useSession({ userId: member.userId, sessionId: (await db.session.create({ data: { userId: member.userId } })).id })
    const turnedOff = await turnOffTwoFactorAction(null, form({ password: TEST_PASSWORD, code: member.recoveryCodes[0]! }))
    expect(turnedOff).toMatchObject({ ok: true, message: expect.stringContaining("You can no longer open Ola Owner's account") })
    expect(decide(await findAccess(member.userId, owner.accountId), "dashboard").kind).toBe("two-factor-required")

    useSession({ userId: owner.userId, sessionId: (await db.session.create({ data: { userId: owner.userId } })).id })
    const { secret } = await turnOnTwoFactor(owner.userId)
    expect(await turnOffTwoFactorAction(null, form({ password: TEST_PASSWORD, code: codeFor(secret) }))).toMatchObject({ ok: false, errors: { form: expect.stringContaining("Stop requiring it there first") } })
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.userId } })).twoFactorEnabledAt).not.toBeNull()
  })
})
