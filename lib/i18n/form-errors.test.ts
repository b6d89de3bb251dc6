import { describe, expect, it, vi } from "vitest"
import { switchAccountAction } from "@/lib/accounts/actions"
import { sendInvitationAction } from "@/lib/invitations/actions"
import { setMemberStatusAction } from "@/lib/members/actions"
import { resendConfirmationAction, signUpAction } from "@/lib/auth/actions"
import { db } from "@/lib/db"
import { addMember, createPerson, uniqueEmail } from "@/tests/factories"
import { useBrowser, useClientIp, useSession } from "@/tests/fake-next-auth"
import { savePreferencesAction } from "./actions"
import { LOCALE_COOKIE } from "./locales"

vi.mock("next-auth", () => import("@/tests/fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("@/tests/fake-next-auth").then((fake) => fake.nextHeadersModule()))
vi.mock("next/cache", () => ({ revalidatePath: () => {} }))

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("form errors in the reader's language", () => {
  it("tells a visitor reading French what is wrong with each field, in French, next to the field", async () => {
    useSession(null)
    useBrowser(new Map([[LOCALE_COOKIE, "fr"]]))
    useClientIp("198.51.100.71")
    const result = await signUpAction(null, form({ name: "www.example", email: "not-an-address", password: "short", next: "/" }))
    expect(result).toMatchObject({
      ok: false,
      errors: {
        name: "Le nom ne peut pas contenir d’adresse web.",
        email: "Saisissez une adresse e-mail valide, comme nom@exemple.fr.",
        password: "Utilisez au moins 10 caractères.",
      },
    })
  })

  it("answers the same mistakes in English to an English reader", async () => {
    useSession(null)
    useBrowser(new Map([[LOCALE_COOKIE, "en"]]))
    const result = await signUpAction(null, form({ name: "www.example", email: "not-an-address", password: "short", next: "/" }))
    expect(result).toMatchObject({
      ok: false,
      errors: { name: "The name cannot contain a web address.", email: "Enter a valid email address, like name@example.com.", password: "Use at least 10 characters." },
    })
  })

  it("follows a signed-in person's profile language, whatever the browser's cookie says", async () => {
    const person = await createPerson()
    await db.user.update({ where: { id: person.userId }, data: { locale: "fr" } })
    useSession({ userId: person.userId, sessionId: (await db.session.create({ data: { userId: person.userId } })).id })
    useBrowser(new Map([[LOCALE_COOKIE, "en"]]))
    expect(await switchAccountAction("not-an-account")).toEqual({ ok: false, errors: { form: "Ce compte n’existe plus." } })
  })

  it("refuses a language or time zone that is not on the list, next to each field, and keeps the profile as it was", async () => {
    const person = await createPerson()
    await db.user.update({ where: { id: person.userId }, data: { locale: "fr", timeZone: "Europe/Paris" } })
    useSession({ userId: person.userId, sessionId: (await db.session.create({ data: { userId: person.userId } })).id })
    const result = await savePreferencesAction(null, form({ locale: "de", timeZone: "Europe/Atlantis\u0000" }))
    expect(result).toMatchObject({
      ok: false,
      errors: { locale: "Choisissez une langue dans la liste.", timeZone: "Choisissez un fuseau horaire dans la liste." },
    })
    expect(await db.user.findUniqueOrThrow({ where: { id: person.userId }, select: { locale: true, timeZone: true } })).toEqual({ locale: "fr", timeZone: "Europe/Paris" })
  })

  it("names the roles an Admin cannot grant in the Admin's language, and invites nobody", async () => {
    const owner = await createPerson("Olivia Owner")
    const admin = await createPerson("Adèle Admin")
    await db.user.update({ where: { id: admin.userId }, data: { locale: "fr" } })
    await addMember(owner.accountId, admin.userId, ["ADMIN"])
    useSession({ userId: admin.userId, sessionId: (await db.session.create({ data: { userId: admin.userId } })).id })
    const guest = uniqueEmail("guest")
    const invite = form({ emails: guest })
    invite.append("roles", "TECHNICAL")
    invite.append("roles", "BILLING")
    expect(await sendInvitationAction(owner.accountId, null, invite)).toMatchObject({
      ok: false,
      errors: { roles: "Vous ne pouvez donner que les rôles que vous avez vous-même (pas Technique, Facturation)." },
    })
    expect(await db.invitation.count({ where: { email: guest } })).toBe(0)
  })

  it("says a hand-made argument could not be read, in the reader's language, rather than in zod's words", async () => {
    useSession(null)
    useBrowser(new Map([[LOCALE_COOKIE, "fr"]]))
    expect(await resendConfirmationAction("x".repeat(301))).toEqual({ ok: false, errors: { form: "Ce formulaire n’a pas pu être lu. Rechargez la page et réessayez." } })
    const tampered = form({ name: "Camille", email: "camille@example.fr", password: "a long enough passphrase", next: "/", invitation: "i".repeat(101) })
    expect(await signUpAction(null, tampered)).toMatchObject({ ok: false, errors: { form: "Ce formulaire n’a pas pu être lu. Rechargez la page et réessayez." } })
  })

  it("writes a refusal that names a person whose name merely starts like a catalog key as it is, without failing", async () => {
    const owner = await createPerson("Olivia Owner")
    const admin = await createPerson("Adam Admin")
    const named = await createPerson("errors.x")
    await addMember(owner.accountId, admin.userId, ["ADMIN"])
    const membership = await addMember(owner.accountId, named.userId, ["BILLING"])
    useSession({ userId: admin.userId, sessionId: (await db.session.create({ data: { userId: admin.userId } })).id })
    useBrowser(new Map())
    expect(await setMemberStatusAction(owner.accountId, membership.id, "DISABLED")).toEqual({
      ok: false,
      errors: { form: "errors.x holds a role you do not hold (Billing): only someone holding all their roles can change their access." },
    })
  })
})
