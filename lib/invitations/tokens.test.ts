import { afterAll, describe, expect, it } from "vitest"
import { findAccess } from "@/lib/access/check"
import { db } from "@/lib/db"
import { findInvitationByToken } from "@/lib/invitations/lookup"
import { acceptInvitation, declineInvitation } from "@/lib/invitations/respond"
import { newToken } from "@/lib/tokens"
import { addMember, createPerson } from "@/tests/factories"

const tried = { tokens: 0 }
afterAll(() => console.log(`invitation tokens: ${tried.tokens} tokens tried`))

type Status = "PENDING" | "ACCEPTED" | "DECLINED" | "CANCELLED" | "EXPIRED"

/** An invitation of the owner's account to `email`, in the given state, and the token of its link. */
async function invitation(accountId: string, invitedById: string, email: string, status: Status = "PENDING", expiresInHours = 24) {
  const { token, tokenHash } = newToken()
  await db.invitation.create({
    data: { accountId, email, roles: ["ADMIN"], tokenHash, status, invitedById, expiresAt: new Date(Date.now() + expiresInHours * 3_600_000) },
  })
  return token
}

function flipOneCharacter(token: string): string {
  const index = 10
  return `${token.slice(0, index)}${token[index] === "A" ? "B" : "A"}${token.slice(index + 1)}`
}

describe("invitation tokens", () => {
  it("each kind of bad token is refused for its own reason and grants nothing", async () => {
    const owner = await createPerson("Olivia Owner")
    const guest = await createPerson("Gus Guest")
    const good = await invitation(owner.accountId, owner.userId, guest.email)
    const cases: Record<string, { token: string; reason: string; page: string | null }> = {
      wrong: { token: newToken().token, reason: "invalid", page: null },
      truncated: { token: good.slice(0, -1), reason: "invalid", page: null },
      extended: { token: `${good}A`, reason: "invalid", page: null },
      tampered: { token: flipOneCharacter(good), reason: "invalid", page: null },
      hostile: { token: "' OR 1=1 --/../%00", reason: "invalid", page: null },
      expired: { token: await invitation(owner.accountId, owner.userId, guest.email, "PENDING", -1), reason: "expired", page: "expired" },
      "marked expired": { token: await invitation(owner.accountId, owner.userId, guest.email, "EXPIRED"), reason: "expired", page: "expired" },
      cancelled: { token: await invitation(owner.accountId, owner.userId, guest.email, "CANCELLED"), reason: "cancelled", page: "cancelled" },
      declined: { token: await invitation(owner.accountId, owner.userId, guest.email, "DECLINED"), reason: "declined", page: "declined" },
      "already used": { token: await invitation(owner.accountId, owner.userId, guest.email, "ACCEPTED"), reason: "accepted", page: "accepted" },
    }
    for (const [kind, { token, reason, page }] of Object.entries(cases)) {
      tried.tokens++
      expect({ kind, state: (await findInvitationByToken(token))?.state ?? null }).toEqual({ kind, state: page })
      expect({ kind, accept: await acceptInvitation({ token, userId: guest.userId }) }).toEqual({ kind, accept: { ok: false, reason } })
      expect({ kind, decline: await declineInvitation({ token, userId: guest.userId }) }).toEqual({ kind, decline: { ok: false, reason } })
    }
    expect(await db.membership.count({ where: { userId: guest.userId } })).toBe(0)
  })

  it("is useless to a signed-in person with another email", async () => {
    const owner = await createPerson("Olivia Owner")
    const guest = await createPerson("Gus Guest")
    const other = await createPerson("Oscar Other")
    const token = await invitation(owner.accountId, owner.userId, guest.email)
    tried.tokens++
    expect(await acceptInvitation({ token, userId: other.userId })).toEqual({ ok: false, reason: "wrong-user" })
    expect(await declineInvitation({ token, userId: other.userId })).toEqual({ ok: false, reason: "wrong-user" })
    expect(await db.membership.count({ where: { userId: other.userId } })).toBe(0)
    expect((await findInvitationByToken(token))?.state).toBe("pending")
  })

  it("of account A grants A's invited roles and nothing in account B, where the person is already a member", async () => {
    const ownerA = await createPerson("Alice A")
    const ownerB = await createPerson("Bob B")
    const guest = await createPerson("Gus Guest")
    await addMember(ownerB.accountId, guest.userId, ["TECHNICAL"])
    await db.invitation.create({
      data: { accountId: ownerB.accountId, email: guest.email, roles: ["BILLING"], tokenHash: newToken().tokenHash, invitedById: ownerB.userId, expiresAt: new Date(Date.now() + 3_600_000) },
    })
    const token = await invitation(ownerA.accountId, ownerA.userId, guest.email)
    tried.tokens++

    expect(await acceptInvitation({ token, userId: guest.userId })).toEqual({ ok: true, accountId: ownerA.accountId })
    expect((await findAccess(guest.userId, ownerA.accountId))?.grant).toEqual({ isOwner: false, roles: ["ADMIN"] })
    expect((await findAccess(guest.userId, ownerB.accountId))?.grant).toEqual({ isOwner: false, roles: ["TECHNICAL"] })
    expect(await db.invitation.findFirstOrThrow({ where: { accountId: ownerB.accountId, email: guest.email } })).toMatchObject({ status: "PENDING" })
  })
})
