import { afterAll, describe, expect, it, vi } from "vitest"
import { inEnglish } from "@/lib/i18n/catalogs"
import { resendInvitationAction, sendInvitationAction } from "@/lib/invitations/actions"
import { db } from "@/lib/db"
import { sendInvitation } from "@/lib/invitations/send"
import { INVITATION_THROTTLE } from "@/lib/rate-limit"
import { actorFor, addMember, createPerson, uniqueEmail, writtenFor } from "@/tests/factories"
import { useSession } from "@/tests/fake-next-auth"

vi.mock("next-auth", () => import("@/tests/fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("@/tests/fake-next-auth").then((fake) => fake.nextHeadersModule()))
vi.mock("next/cache", () => ({ revalidatePath: () => {} }))

const tried = { sends: 0 }
afterAll(() => console.log(`invitation throttle: ${tried.sends} invitations tried`))

const hours = (base: Date, count: number) => new Date(base.getTime() + count * 3_600_000)

async function ownerOfNewAccount() {
  const owner = await createPerson("Olivia Owner")
  return { owner, actor: await actorFor(owner.userId, owner.accountId) }
}

async function sendMany(actor: Awaited<ReturnType<typeof actorFor>>, emails: string[], now: Date) {
  const results = []
  for (const email of emails) {
    tried.sends++
    results.push(await sendInvitation({ actor, email, roles: ["TECHNICAL"], now }))
  }
  return results
}

describe("invitation throttle", () => {
  it("allows 50 sends and resends per account in 24 hours, then refuses with a clear message and writes nothing", async () => {
    const { owner, actor } = await ownerOfNewAccount()
    const start = new Date("2031-05-01T08:00:00Z")
    const guests = Array.from({ length: 40 }, () => uniqueEmail("guest"))
    await sendMany(actor, guests, start)
    const resends = await sendMany(actor, guests.slice(0, 10), hours(start, 1))
    expect(resends.every((result) => result.ok && result.resent)).toBe(true)
    const before = await writtenFor(owner.accountId)

    const [refused] = await sendMany(actor, [uniqueEmail("one-too-many")], hours(start, 23))
    expect(refused).toEqual({ ok: false, kind: "throttled", field: "form", message: INVITATION_THROTTLE.message })
    expect(await writtenFor(owner.accountId)).toEqual(before)

    expect(await sendMany(actor, [uniqueEmail("next-day")], hours(start, 24))).toMatchObject([{ ok: true }])
  })

  it("does not count refused invitations, and counts each account on its own", async () => {
    const { owner, actor } = await ownerOfNewAccount()
    const member = await createPerson("Mia Member")
    await addMember(owner.accountId, member.userId, ["TECHNICAL"])
    const now = new Date("2031-05-01T08:00:00Z")
    expect(await sendMany(actor, [member.email, owner.email], now)).toMatchObject([{ ok: false, field: "email" }, { ok: false, field: "email" }])
    expect(await sendMany(actor, Array.from({ length: 50 }, () => uniqueEmail("guest")), now)).not.toContainEqual(expect.objectContaining({ ok: false }))

    const other = await ownerOfNewAccount()
    expect(await sendMany(other.actor, [uniqueEmail("guest")], now)).toMatchObject([{ ok: true }])
  })

  it("lets exactly the remaining sends through when sends race", async () => {
    const { owner, actor } = await ownerOfNewAccount()
    const now = new Date()
    await sendMany(actor, Array.from({ length: 45 }, () => uniqueEmail("guest")), now)
    tried.sends += 12
    const raced = await Promise.all(Array.from({ length: 12 }, () => sendInvitation({ actor, email: uniqueEmail("racer"), roles: ["TECHNICAL"], now })))
    expect(raced.filter((result) => result.ok)).toHaveLength(5)
    expect(await db.invitation.count({ where: { accountId: owner.accountId } })).toBe(50)
  })

  it("shows the message next to the invitation form, and on a row's Resend", async () => {
    const { owner, actor } = await ownerOfNewAccount()
    const viewer = { userId: owner.userId, sessionId: (await db.session.create({ data: { userId: owner.userId } })).id }
    const sent = await sendMany(actor, Array.from({ length: 50 }, () => uniqueEmail("guest")), new Date())
    useSession(viewer)

    const form = new FormData()
    form.set("emails", uniqueEmail("late"))
    form.append("roles", "TECHNICAL")
    tried.sends += 2
    const state = await sendInvitationAction(owner.accountId, null, form)
    expect(state).toMatchObject({ ok: false, errors: { form: inEnglish(INVITATION_THROTTLE.message) } })
    const first = sent[0]!
    expect(first.ok && (await resendInvitationAction(owner.accountId, first.invitationId))).toEqual({ ok: false, errors: { form: inEnglish(INVITATION_THROTTLE.message) } })
  })
})
