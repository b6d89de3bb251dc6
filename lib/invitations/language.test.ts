import { describe, expect, it, vi } from "vitest"
import { db } from "@/lib/db"
import { resendInvitationAction, sendInvitationAction } from "@/lib/invitations/actions"
import { readerOf } from "@/lib/mail/reader"
import { renderMail, type MailTemplateName, type MailTemplates } from "@/lib/mail/templates"
import { actorFor, createPerson, invitationToken, uniqueEmail } from "@/tests/factories"
import { useSession } from "@/tests/fake-next-auth"
import { acceptInvitation } from "./respond"
import { sendInvitation } from "./send"

vi.mock("next-auth", () => import("@/tests/fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("@/tests/fake-next-auth").then((fake) => fake.nextHeadersModule()))
vi.mock("next/cache", () => ({ revalidatePath: () => {} }))

async function owner(preferences: { locale: string | null; timeZone: string | null }) {
  const person = await createPerson("Olivia Owner")
  await db.user.update({ where: { id: person.userId }, data: preferences })
  return { ...person, actor: await actorFor(person.userId, person.accountId) }
}

/** The newest mail queued to `to`, as the deliverer renders it. */
async function mailTo(to: string) {
  const row = await db.outboxMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } })
  const rendered = await renderMail(row.template as MailTemplateName, row.payload as MailTemplates[MailTemplateName], readerOf(row))
  return { row, ...rendered }
}

describe("the language of an invitation", () => {
  it("is the form's choice: stored on the invitation, the mail to someone new written in it, dated in the inviter's zone", async () => {
    const inviter = await owner({ locale: "en", timeZone: "America/Toronto" })
    const guest = uniqueEmail("guest")
    useSession({ userId: inviter.userId, sessionId: (await db.session.create({ data: { userId: inviter.userId } })).id })
    const form = new FormData()
    form.set("emails", guest)
    form.append("roles", "TECHNICAL")
    form.set("locale", "fr")
    expect(await sendInvitationAction(inviter.accountId, null, form)).toMatchObject({ ok: true })

    const invitation = await db.invitation.findFirstOrThrow({ where: { accountId: inviter.accountId, email: guest } })
    expect(invitation.locale).toBe("fr")
    const mail = await mailTo(guest)
    expect(mail.row).toMatchObject({ locale: "fr", timeZone: "America/Toronto" })
    expect(mail.subject).toBe("Invitation \u00e0 rejoindre \u00ab\u00a0Olivia Owner's account\u00a0\u00bb sur Hitflow")
    expect(mail.text).toContain("(heure de l\u2019Est nord-am\u00e9ricain)")

    // Resending, by anyone, keeps the language the invitation was sent in.
    expect(await resendInvitationAction(inviter.accountId, invitation.id)).toMatchObject({ ok: true })
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).locale).toBe("fr")
    expect((await mailTo(guest)).subject).toMatch(/^Invitation \u00e0 rejoindre/)
    expect(await db.outboxMail.count({ where: { to: guest, locale: "fr" } })).toBe(2)
  })

  it("is the form's only field that may be refused as it stands: a language Hitflow does not speak", async () => {
    const inviter = await owner({ locale: "en", timeZone: null })
    useSession({ userId: inviter.userId, sessionId: (await db.session.create({ data: { userId: inviter.userId } })).id })
    const form = new FormData()
    form.set("emails", uniqueEmail("guest"))
    form.append("roles", "TECHNICAL")
    form.set("locale", "de")
    expect(await sendInvitationAction(inviter.accountId, null, form)).toMatchObject({ ok: false })
  })

  it("is the inviter's own when none is chosen (the API without locale)", async () => {
    const inviter = await owner({ locale: "fr", timeZone: "Europe/Paris" })
    const guest = uniqueEmail("guest")
    await sendInvitation({ actor: inviter.actor, email: guest, roles: ["ADMIN"] })
    expect((await db.invitation.findFirstOrThrow({ where: { email: guest } })).locale).toBe("fr")
    expect((await mailTo(guest)).text).toContain("avec le r\u00f4le Admin.")
  })

  it("gives way to the profile of someone who already has one", async () => {
    const inviter = await owner({ locale: "en", timeZone: "Europe/Paris" })
    const known = await createPerson("Kim Known")
    await db.user.update({ where: { id: known.userId }, data: { locale: "en", timeZone: "Asia/Tokyo" } })
    await sendInvitation({ actor: inviter.actor, email: known.email, roles: ["TECHNICAL"], locale: "fr" })
    const mail = await mailTo(known.email)
    expect(mail.row).toMatchObject({ locale: "en", timeZone: "Asia/Tokyo" })
    expect(mail.subject).toBe("Invitation to join \u201cOlivia Owner's account\u201d on Hitflow")
  })
})

it("tells a French owner in French that an English invitation was accepted", async () => {
  const inviter = await owner({ locale: "fr", timeZone: "Europe/Paris" })
  const guest = await createPerson("Gus Guest")
  const sent = await sendInvitation({ actor: inviter.actor, email: guest.email, roles: ["TECHNICAL", "BILLING"], locale: "en" })
  if (!sent.ok) throw new Error(sent.message)
  expect(await acceptInvitation({ token: await invitationToken(sent.invitationId), userId: guest.userId })).toMatchObject({ ok: true })

  const accepted = await mailTo(inviter.email)
  expect(accepted.row).toMatchObject({ template: "invitation-accepted", locale: "fr" })
  expect(accepted.subject).toBe(`Invitation accept\u00e9e\u00a0: ${guest.email} a rejoint \u00ab\u00a0Olivia Owner's account\u00a0\u00bb`)
  expect(accepted.text).toContain("avec les r\u00f4les Technique et Facturation.")
})
