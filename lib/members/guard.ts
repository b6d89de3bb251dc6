import "server-only"
import type { Actor } from "@/lib/actions/authorize"
import { lockAccountAccess, lockForAccessChange } from "@/lib/accounts/lock"
import type { Tx } from "@/lib/db"
import { Prisma } from "@/lib/generated/prisma/client"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"
import type { Grant } from "@/lib/modules"
import type { Refusal } from "@/lib/refusal"
import { rolesNotHeld } from "@/lib/modules"
import { memberRefusal, type MemberRefusal } from "./refusals"

export type ManagedMembership = {
  id: string
  accountId: string
  userId: string
  roles: Role[]
  status: MembershipStatus
  email: string
  name: string
  accountName: string
}

/** The membership to change, and what the actor holds under the lock (by which the change is judged). */
export type Guarded = { ok: true; membership: ManagedMembership; actorGrant: Grant } | MemberRefusal | Refusal

async function lockMembershipWhere(tx: Tx, condition: Prisma.Sql): Promise<ManagedMembership | undefined> {
  const [membership] = await tx.$queryRaw<ManagedMembership[]>`
    SELECT m."id", m."accountId", m."userId", m."roles"::text[] AS "roles", m."status"::text AS "status",
           u."email", u."name", a."name" AS "accountName"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId" JOIN "Account" a ON a."id" = m."accountId"
    WHERE ${condition}
    FOR UPDATE OF m`
  return membership
}

/** Locks the signed-in user's own membership of an account (to leave it), after the account's access lock. */
export async function lockOwnMembership(tx: Tx, userId: string, accountId: string) {
  await lockAccountAccess(tx, accountId, userId)
  return lockMembershipWhere(tx, Prisma.sql`m."userId" = ${userId}::uuid AND m."accountId" = ${accountId}::uuid`)
}

/**
 * Locks a membership of the actor's account for a change by the actor, after the account's access lock. The owner
 * has no membership, so an owner can never be the target; a membership of another account matches nothing; nobody
 * changes their own access here; and nobody acts on the access of someone holding a role they lack themselves.
 */
export async function lockManagedMembership(tx: Tx, actor: Actor, membershipId: string): Promise<Guarded> {
  const locked = await lockForAccessChange(tx, actor)
  if (!locked.ok) return locked
  const actorGrant = locked.grant
  const membership = await lockMembershipWhere(
    tx,
    Prisma.sql`m."id" = ${membershipId}::uuid AND m."accountId" = ${actor.access.accountId}::uuid`,
  )
  if (!membership) return memberRefusal("not-found", { key: "memberGone" })
  if (membership.userId === actor.userId) return memberRefusal("forbidden", { key: "ownAccess" })
  const outranking = rolesNotHeld(actorGrant, membership.roles)
  if (outranking.length > 0) return memberRefusal("forbidden", { key: "outranked", name: membership.name, roles: outranking })
  return { ok: true, membership, actorGrant }
}
