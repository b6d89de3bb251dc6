import { describe, expect, it } from "vitest"
import { db } from "@/lib/db"
import { INVITER_THROTTLE } from "@/lib/rate-limit"
import { registerUser } from "@/lib/users/register"
import { actorFor, addMember, createPerson, invitationToken, TEST_PASSWORD, uniqueEmail, writtenFor } from "@/tests/factories"
import { acceptInvitation } from "./respond"
import { sendInvitation, UNCONFIRMED_INVITER } from "./send"

describe("who may send invitations in their name", () => {
  it("only a person whose email is confirmed: a fresh direct sign-up is refused and nothing is written", async () => {
    const email = uniqueEmail("fresh")
    const fresh = await registerUser({ name: "Fresh Sign-Up", email, password: TEST_PASSWORD, emailVerified: false })
    if (!fresh.ok) throw new Error("not registered")
    const actor = await actorFor(fresh.userId, fresh.accountId)
    expect(await sendInvitation({ actor, email: uniqueEmail("victim"), roles: ["TECHNICAL"] })).toEqual({ ok: false, kind: "forbidden", field: "form", message: UNCONFIRMED_INVITER })
    expect(await writtenFor(fresh.accountId)).toEqual({ invitations: 0, mails: 0, audits: 0 })
    expect(await db.rateLimitEvent.count({ where: { key: { contains: fresh.userId } } })).toBe(0)

    // Accepting an invitation proves the mailbox: then they may invite.
    const host = await createPerson("Hannah Host")
    const sent = await sendInvitation({ actor: await actorFor(host.userId, host.accountId), email, roles: ["TECHNICAL"] })
    if (!sent.ok) throw new Error(sent.message)
    expect(await acceptInvitation({ token: await invitationToken(sent.invitationId), userId: fresh.userId })).toMatchObject({ ok: true })
    expect(await sendInvitation({ actor, email: uniqueEmail("colleague"), roles: ["TECHNICAL"] })).toMatchObject({ ok: true })
  })

  it("at most 100 a day from one person, across every account they may invite to", async () => {
    const person = await createPerson("Sam Sender")
    const accounts = [person.accountId]
    for (const name of ["First host", "Second host"]) {
      const host = await createPerson(name)
      await addMember(host.accountId, person.userId, ["ADMIN", "TECHNICAL"])
      accounts.push(host.accountId)
    }
    const now = new Date("2031-06-01T09:00:00Z")
    for (let sent = 0; sent < INVITER_THROTTLE.limit.max; sent++) {
      const actor = await actorFor(person.userId, accounts[sent % 3]!)
      expect(await sendInvitation({ actor, email: uniqueEmail("guest"), roles: ["TECHNICAL"], now })).toMatchObject({ ok: true })
    }
    const before = await Promise.all(accounts.map(writtenFor))
    const refused = await sendInvitation({ actor: await actorFor(person.userId, accounts[0]!), email: uniqueEmail("one-more"), roles: ["TECHNICAL"], now })
    expect(refused).toEqual({ ok: false, kind: "throttled", field: "form", message: INVITER_THROTTLE.message })
    expect(await Promise.all(accounts.map(writtenFor))).toEqual(before)
  })
})
