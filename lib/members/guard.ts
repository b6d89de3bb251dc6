import "server-only"
import type { Actor } from "@/lib/action-access"
import type { Tx } from "@/lib/db"
import { Prisma } from "@/lib/generated/prisma/client"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"

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

export type Guarded = { ok: true; membership: ManagedMembership } | { ok: false; message: string }

async function lockMembershipWhere(tx: Tx, condition: Prisma.Sql): Promise<ManagedMembership | undefined> {
  const [membership] = await tx.$queryRaw<ManagedMembership[]>`
    SELECT m."id", m."accountId", m."userId", m."roles"::text[] AS "roles", m."status"::text AS "status",
           u."email", u."name", a."name" AS "accountName"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId" JOIN "Account" a ON a."id" = m."accountId"
    WHERE ${condition}
    FOR UPDATE OF m`
  return membership
}

/** Locks the signed-in user's own membership of an account (to leave it). */
export function lockOwnMembership(tx: Tx, userId: string, accountId: string) {
  return lockMembershipWhere(tx, Prisma.sql`m."userId" = ${userId}::uuid AND m."accountId" = ${accountId}::uuid`)
}

/**
 * Locks a membership of the actor's account for a change by the actor. The owner has no membership, so an owner
 * can never be the target; a membership of another account matches nothing; nobody changes their own access here.
 */
export async function lockManagedMembership(tx: Tx, actor: Actor, membershipId: string): Promise<Guarded> {
  const membership = await lockMembershipWhere(
    tx,
    Prisma.sql`m."id" = ${membershipId}::uuid AND m."accountId" = ${actor.access.accountId}::uuid`,
  )
  if (!membership) return { ok: false, message: "This person is no longer a member of this account." }
  if (membership.userId === actor.userId) return { ok: false, message: "You cannot change your own access." }
  return { ok: true, membership }
}
