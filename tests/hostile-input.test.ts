import crypto from "node:crypto"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { signUpAction } from "@/lib/auth/actions"
import { sendInvitationAction } from "@/lib/invitations/actions"
import { changeRolesAction } from "@/lib/members/actions"
import type { ActionResult } from "@/lib/actions/result"
import { db } from "@/lib/db"
import { ROLES } from "@/lib/modules"
import { addMember, createPerson } from "@/tests/factories"
import { currentSession, redirectOf, useClientIp, useSession } from "./fake-next-auth"

vi.mock("next-auth", () => import("./fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("./fake-next-auth").then((fake) => fake.nextHeadersModule()))
vi.mock("next/cache", () => ({ revalidatePath: () => {} }))

const FRAGMENTS = [
  `'; DROP TABLE "User"; --`,
  `" OR 1=1 --`,
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "{{7*7}}${7*7}",
  "../../etc/passwd",
  "\u0000",
  "\u0007\u001b[31m",
  "\r\n",
  "\u202e",
  "\u200b",
  "\ufeff",
  "ａｄｍｉｎ＠ｅｘａｍｐｌｅ．ｃｏｍ",
  "аdmin@example.com", // a Cyrillic "а"
  "İSTANBUL@EXAMPLE.COM",
  "ß@straße.de",
  "🙂",
  "@",
  "a@b",
  "ADMIN",
  "admin",
  " TECHNICAL ",
  "Billing",
]

/** Random, long, control-character, look-alike, mixed-case and SQL/HTML strings. */
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme", minLength: 300, maxLength: 3000 }),
  fc.constantFrom(...FRAGMENTS),
  fc.tuple(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary" }), fc.constantFrom(...FRAGMENTS)).map((parts) => parts.join("")),
)

/** Mostly well-formed values (so the succeeding half is tried too), else hostile ones. */
function mostly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T | string> {
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: hostile })
}

/** Role lists as a form could post them: repeated, in any order, in any case, with strangers. */
const roleList = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(mostly(fc.constantFrom(...ROLES)), { maxLength: 4 }) },
)

function mixCase(text: string, seed: number) {
  return [...text].map((char, index) => ((seed >> index % 31) & 1 ? char.toUpperCase() : char)).join("")
}

const padding = fc.constantFrom("", " ", "\t", "  \n")

/** Addresses as people type them: padded, in mixed case, sometimes with hostile bits. */
const typedEmail = fc.oneof(
  { weight: 2, arbitrary: fc.tuple(fc.stringMatching(/^[a-z0-9._-]{1,12}$/), padding, fc.integer()).map(([local, pad, seed]) => `${pad}${mixCase(`${local}@example.com`, seed)}${pad}`) },
  { weight: 1, arbitrary: fc.tuple(fc.emailAddress(), padding, fc.integer()).map(([email, pad, seed]) => `${pad}${mixCase(email, seed)}${pad}`) },
  { weight: 1, arbitrary: fc.tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.constantFrom(...FRAGMENTS)).map(([local, fragment]) => `${local}${fragment}@example.com`) },
  { weight: 2, arbitrary: hostile },
)

/** What people paste in the invite field: one address, or a few separated as they come, or anything at all. */
const addressList = fc.oneof(
  { weight: 2, arbitrary: typedEmail },
  { weight: 2, arbitrary: fc.tuple(fc.array(typedEmail, { minLength: 2, maxLength: 4 }), fc.constantFrom(", ", "\n", " ", ";")).map(([emails, separator]) => emails.join(separator)) },
)

const runs = { invite: 0, sent: 0, signUp: 0, signedIn: 0, checkInbox: 0, roleEdit: 0, changed: 0, failures: 0 }
afterAll(() => {
  console.log(
    `property tests: invite ${runs.invite} runs (${runs.sent} sent), sign-up ${runs.signUp} runs (${runs.signedIn} signed in, ${runs.checkInbox} told to check their inbox), ` +
      `role edit ${runs.roleEdit} runs (${runs.changed} changed), ${runs.failures} failures`,
  )
})

async function check<T>(property: fc.IAsyncProperty<T>, numRuns: number) {
  const details = await fc.check(property, { numRuns })
  if (details.failed) runs.failures++
  const report = details.failed ? `${fc.defaultReportMessage(details)}\n${String(details.errorInstance)}` : "no counterexample"
  expect(report).toBe("no counterexample")
}

function refusalOf(result: unknown): Record<string, string> {
  const answer = result as ActionResult
  if (answer.ok) throw new Error("expected a refusal")
  return answer.errors
}

function expectClearMessages(errors: Record<string, string>) {
  const messages = Object.values(errors)
  expect(messages.length).toBeGreaterThan(0)
  for (const message of messages) expect(message).toMatch(/^[A-Z0-9][^\u0000-\u001f]{3,300}$/)
}

const isNormalisedEmail = (email: string) => email === email.trim().toLowerCase() && /^[\x21-\x7e]+$/.test(email)

let owner: Awaited<ReturnType<typeof createPerson>>
let ownerSession: { userId: string; sessionId: string }
beforeAll(async () => {
  owner = await createPerson("Olivia Owner")
  ownerSession = { userId: owner.userId, sessionId: (await db.session.create({ data: { userId: owner.userId } })).id }
})

async function freshAccount() {
  return (await db.account.create({ data: { name: "Hostile input test", ownerId: owner.userId } })).id
}

describe("hostile input", () => {
  it("invite: every address list and role list gets a clear message per address and exactly the invitations it says, never a 500 or half a write", async () => {
    await check(
      fc.asyncProperty(addressList, roleList, async (emails, roles) => {
        runs.invite++
        const accountId = await freshAccount()
        useSession(ownerSession)
        const form = new FormData()
        form.set("emails", emails)
        for (const role of roles) form.append("roles", role)
        const state = await sendInvitationAction(accountId, null, form)
        const invitations = await db.invitation.findMany({ where: { accountId } })
        const written = { invitations: invitations.length, audits: await db.auditEvent.count({ where: { accountId } }) }
        if (state.ok) {
          const outcomes = state.data!
          const sent = outcomes.filter((outcome) => outcome.outcome === "sent")
          runs.sent += sent.length
          expectClearMessages({ summary: state.message!, ...Object.fromEntries(outcomes.map((outcome, index) => [index, outcome.message])) })
          expect(written).toEqual({ invitations: sent.length, audits: sent.length })
          expect(invitations.map((invitation) => invitation.email).sort()).toEqual(sent.map((outcome) => outcome.email).sort())
          for (const invitation of invitations) {
            expect(isNormalisedEmail(invitation.email)).toBe(true)
            expect(invitation).toMatchObject({ status: "PENDING", roles: ROLES.filter((role) => roles.includes(role)) })
          }
        } else {
          expectClearMessages(refusalOf(state))
          expect(written).toEqual({ invitations: 0, audits: 0 })
        }
      }),
      200,
    )
  })

  it("sign-up: every name, email, password, invitation and return path gets a clear message or an account, never a 500 or half a write", async () => {
    const password = mostly(fc.string({ minLength: 10, maxLength: 40 }))
    const name = mostly(fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom(...FRAGMENTS)))
    const token = fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostile })
    const next = fc.oneof(fc.constantFrom("/", "/accounts", "//evil.example", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"), hostile)
    await check(
      fc.asyncProperty(name, typedEmail, password, token, next, async (name, email, password, token, next) => {
        runs.signUp++
        useSession(null)
        useClientIp(`2001:db8::${crypto.randomBytes(4).toString("hex")}`)
        // PostgreSQL text cannot hold NUL: such an address is never a stored one (and the app refuses it unqueried).
        const normalised = email.trim().toLowerCase().replaceAll("\u0000", "")
        const existedBefore = await db.user.count({ where: { email: normalised } })
        const form = new FormData()
        for (const [field, value] of Object.entries({ name, email, password, next, invitation: token })) if (value !== undefined) form.set(field, value)
        const { redirectedTo, result } = await redirectOf(() => signUpAction({ errors: {}, values: {} }, form))
        const users = await db.user.findMany({ where: { email: normalised }, include: { ownedAccounts: true } })
        const checkInbox = (result as { ok?: boolean; data?: { checkInbox?: string } } | undefined)?.data?.checkInbox
        if (redirectedTo !== null) {
          runs.signedIn++
          expect(redirectedTo.startsWith("/") && !redirectedTo.startsWith("//") && !redirectedTo.includes("\\")).toBe(true)
          expect(users).toHaveLength(1)
          expect(users[0]!.ownedAccounts).toHaveLength(1)
          expect(currentSession()?.user.id).toBe(users[0]!.id)
          if (!existedBefore) expect(users[0]!.name).toBe(name.normalize("NFC").trim())
        } else if (checkInbox !== undefined) {
          // A direct sign-up: "check your inbox", with an unconfirmed person for a free address, nobody signed in.
          runs.checkInbox++
          expect(checkInbox).toBe(normalised)
          expect(users).toHaveLength(1)
          expect(users[0]!.ownedAccounts).toHaveLength(1)
          if (!existedBefore) expect(users[0]!.emailVerifiedAt).toBeNull()
          expect(currentSession()).toBeNull()
        } else {
          expectClearMessages(refusalOf(result))
          expect(users).toHaveLength(existedBefore)
        }
        for (const user of users) expect(isNormalisedEmail(user.email)).toBe(true)
      }),
      150,
    )
  })

  it("role edit: every membership id and role list gets a clear message or exactly those roles, never a 500 or half a write", async () => {
    const member = await createPerson("Mia Member")
    const id = fc.oneof({ weight: 4, arbitrary: fc.constant("the member") }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: hostile })
    await check(
      fc.asyncProperty(id, roleList, async (id, roles) => {
        runs.roleEdit++
        const accountId = await freshAccount()
        const membership = await addMember(accountId, member.userId, ["TECHNICAL"])
        useSession(ownerSession)
        const form = new FormData()
        for (const role of roles) form.append("roles", role)
        const state = await changeRolesAction(accountId, id === "the member" ? membership.id : id, {}, form)
        const after = await db.membership.findUniqueOrThrow({ where: { id: membership.id } })
        const audits = await db.auditEvent.count({ where: { accountId } })
        if (state.ok) {
          runs.changed++
          const wanted = ROLES.filter((role) => roles.includes(role))
          expect(id).toBe("the member")
          expect(roles.every((role) => (ROLES as readonly string[]).includes(role))).toBe(true)
          expect(after.roles).toEqual(wanted)
          expect(audits).toBe(wanted.join() === "TECHNICAL" ? 0 : 1)
        } else {
          expectClearMessages(refusalOf(state))
          expect(after.roles).toEqual(["TECHNICAL"])
          expect(audits).toBe(0)
        }
      }),
      200,
    )
  })
})
