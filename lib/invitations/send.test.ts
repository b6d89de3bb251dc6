import { describe, expect, it } from "vitest"
import { errorKey } from "@/lib/i18n/error-keys"
import { db } from "@/lib/db"
import { CHOOSE_A_ROLE, emailField } from "@/lib/fields"
import { actorFor, addMember, createPerson, invitationToken, uniqueEmail, writtenFor } from "@/tests/factories"
import { findInvitationByToken } from "./lookup"
import { sendInvitation } from "./send"
import { hashToken } from "@/lib/tokens"

async function ownerActor() {
  const owner = await createPerson("Olivia Owner")
  return { owner, actor: await actorFor(owner.userId, owner.accountId) }
}

function sentId(result: Awaited<ReturnType<typeof sendInvitation>>): string {
  if (!result.ok) throw new Error(result.message)
  return result.invitationId
}

describe("sendInvitation", () => {
  it("records a pending invitation, its mail and its audit event; only the token's hash is stored", async () => {
    const { owner, actor } = await ownerActor()
    const email = uniqueEmail("guest")
    const now = new Date("2030-03-01T10:00:00Z")
    const result = await sendInvitation({ actor, email, roles: ["TECHNICAL", "BILLING"], now })
    expect(result).toMatchObject({ ok: true, resent: false })

    const token = await invitationToken(sentId(result))
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const invitation = await db.invitation.findFirstOrThrow({ where: { accountId: owner.accountId, email } })
    expect(invitation).toMatchObject({ status: "PENDING", roles: ["TECHNICAL", "BILLING"], tokenHash: hashToken(token) })
    expect(invitation.expiresAt.toISOString()).toBe("2030-03-04T10:00:00.000Z")
    expect(JSON.stringify(invitation)).not.toContain(token)

    const mail = await db.outboxMail.findFirstOrThrow({ where: { invitationId: invitation.id } })
    expect(mail.payload).toMatchObject({ accountName: "Olivia Owner's account", inviterName: "Olivia Owner", roles: ["TECHNICAL", "BILLING"] })
    const audit = await db.auditEvent.findFirstOrThrow({ where: { accountId: owner.accountId } })
    expect(audit).toMatchObject({ action: "INVITATION_SENT", actorId: owner.userId, targetEmail: email })
  })

  it("treats a second send to the same email as a resend: one pending invitation, a new link, a fresh 72 hours", async () => {
    const { owner, actor } = await ownerActor()
    const email = uniqueEmail("guest")
    const first = await sendInvitation({ actor, email, roles: ["TECHNICAL"], now: new Date("2030-03-01T10:00:00Z") })
    const firstToken = await invitationToken(sentId(first))
    const again = await sendInvitation({ actor, email, roles: ["ADMIN"], now: new Date("2030-03-02T10:00:00Z") })
    expect(again).toMatchObject({ ok: true, resent: true })

    const pending = await db.invitation.findMany({ where: { accountId: owner.accountId, status: "PENDING" } })
    expect(pending).toHaveLength(1)
    expect(pending[0]).toMatchObject({ roles: ["ADMIN"] })
    expect(pending[0]!.expiresAt.toISOString()).toBe("2030-03-05T10:00:00.000Z")
    expect(await findInvitationByToken(firstToken)).toBeNull()
    expect((await findInvitationByToken(await invitationToken(sentId(again))))?.state).toBe("pending")
    expect(await db.auditEvent.count({ where: { accountId: owner.accountId, action: "INVITATION_RESENT" } })).toBe(1)
  })

  it("compares emails trimmed and case-insensitively", async () => {
    const { owner, actor } = await ownerActor()
    const email = uniqueEmail("mixed")
    await sendInvitation({ actor, email: emailField.parse(`  ${email.toUpperCase()} `), roles: ["TECHNICAL"] })
    await sendInvitation({ actor, email: emailField.parse(email), roles: ["TECHNICAL"] })
    expect(await db.invitation.count({ where: { accountId: owner.accountId, status: "PENDING" } })).toBe(1)
    expect(await db.invitation.count({ where: { accountId: owner.accountId, email } })).toBe(1)
  })

  it("refuses yourself, the owner and existing members with a clear message, changing nothing", async () => {
    const { owner, actor } = await ownerActor()
    const admin = await createPerson("Adam Admin")
    const disabled = await createPerson("Dee Disabled")
    await addMember(owner.accountId, admin.userId, ["ADMIN"])
    await addMember(owner.accountId, disabled.userId, ["TECHNICAL"], "DISABLED")
    const adminActor = await actorFor(admin.userId, owner.accountId)
    const before = await writtenFor(owner.accountId)

    expect(await sendInvitation({ actor, email: owner.email, roles: ["TECHNICAL"] })).toEqual({ ok: false, kind: "conflict", field: "email", message: errorKey("inviteYourself") })
    expect(await sendInvitation({ actor: adminActor, email: owner.email, roles: ["ADMIN"] })).toEqual({ ok: false, kind: "conflict", field: "email", message: errorKey("ownsAccount", { email: owner.email }) })
    expect(await sendInvitation({ actor, email: admin.email, roles: ["TECHNICAL"] })).toEqual({ ok: false, kind: "conflict", field: "email", message: errorKey("alreadyMember", { email: admin.email }) })
    expect(await sendInvitation({ actor, email: disabled.email, roles: ["TECHNICAL"] })).toEqual({ ok: false, kind: "conflict", field: "email", message: errorKey("alreadyMemberDeactivated", { email: disabled.email }) })
    expect(await writtenFor(owner.accountId)).toEqual(before)
  })

  it("never lets anyone grant a role they do not hold, nor send an invitation without a role", async () => {
    const { owner, actor } = await ownerActor()
    const admin = await createPerson("Adam Admin")
    await addMember(owner.accountId, admin.userId, ["ADMIN"])
    const adminActor = await actorFor(admin.userId, owner.accountId)
    const before = await writtenFor(owner.accountId)

    expect(await sendInvitation({ actor: adminActor, email: uniqueEmail(), roles: ["ADMIN", "BILLING"] })).toEqual({
      ok: false,
      kind: "forbidden",
      field: "roles",
      message: errorKey("rolesNotHeld", { roles: "BILLING" }),
    })
    expect(await sendInvitation({ actor, email: uniqueEmail(), roles: [] })).toEqual({ ok: false, kind: "invalid", field: "roles", message: CHOOSE_A_ROLE })
    expect(await writtenFor(owner.accountId)).toEqual(before)
    expect(await sendInvitation({ actor: adminActor, email: uniqueEmail(), roles: ["ADMIN"] })).toMatchObject({ ok: true })
  })

  it("keeps one pending invitation when 20 sends to one email race", async () => {
    const { owner, actor } = await ownerActor()
    const email = uniqueEmail("race")
    const results = await Promise.all(Array.from({ length: 20 }, () => sendInvitation({ actor, email, roles: ["TECHNICAL"] })))
    expect(results.every((result) => result.ok)).toBe(true)
    expect(await db.invitation.count({ where: { accountId: owner.accountId, email, status: "PENDING" } })).toBe(1)
    expect(results.filter((result) => result.ok && !result.resent)).toHaveLength(1)
  })
})
