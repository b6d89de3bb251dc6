import "server-only"
import { db } from "@/lib/db"
import { Prisma } from "@/lib/generated/prisma/client"
import type { Role } from "@/lib/generated/prisma/enums"
import { changeMemberRoles } from "@/lib/members/change-roles"
import { removeMember } from "@/lib/members/remove"
import { setMemberStatus } from "@/lib/members/set-status"
import { noContent, ok, type ApiAnswer } from "./answer"
import { refusalResponse } from "./errors"
import { pageOf } from "./cursor"
import { pageParams } from "./pages"
import type { ApiRequest } from "./route"
import type { memberPatch } from "./schemas"
import type { z } from "zod"

type MemberRow = {
  id: string
  createdAt: Date
  statusChangedAt: Date
  roles: Role[]
  status: "ACTIVE" | "DISABLED"
  userId: string
  name: string
  email: string
  twoFactor: boolean
}

const memberView = (row: MemberRow) => ({
  id: row.id,
  user: { id: row.userId, name: row.name, email: row.email },
  roles: row.roles,
  status: row.status === "ACTIVE" ? ("active" as const) : ("disabled" as const),
  two_factor: row.twoFactor,
  member_since: row.createdAt.toISOString(),
  status_since: row.statusChangedAt.toISOString(),
})

/** The account's members, oldest first (the index on accountId, createdAt, id), a page after the cursor. */
async function membersAfter(accountId: string, limit: number, after: { createdAt: Date; id: string } | null, only?: string): Promise<MemberRow[]> {
  return db.$queryRaw<MemberRow[]>`
    SELECT m."id", m."createdAt", m."statusChangedAt", m."roles"::text[] AS "roles", m."status"::text AS "status",
      u."id" AS "userId", u."name", u."email", u."twoFactorEnabledAt" IS NOT NULL AS "twoFactor"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."accountId" = ${accountId}::uuid
      ${after ? Prisma.sql`AND (m."createdAt", m."id") > (${after.createdAt}, ${after.id}::uuid)` : Prisma.empty}
      ${only ? Prisma.sql`AND m."id" = ${only}::uuid` : Prisma.empty}
    ORDER BY m."createdAt", m."id"
    LIMIT ${limit + 1}`
}

export async function listMembersEndpoint({ actor, query }: ApiRequest<null>): Promise<ApiAnswer | Response> {
  const page = pageParams(query)
  if (!page.ok) return page.response
  const accountId = actor.access.accountId
  const [rows, owner] = await Promise.all([
    membersAfter(accountId, page.limit, page.after),
    db.account.findUniqueOrThrow({ where: { id: accountId }, select: { owner: { select: { id: true, name: true, email: true } } } }),
  ])
  const { rows: members, next } = pageOf(rows, page.limit)
  return ok({ owner: owner.owner, data: members.map(memberView), next_cursor: next })
}

export async function updateMemberEndpoint({ actor, params, body }: ApiRequest<z.output<typeof memberPatch>>): Promise<ApiAnswer | Response> {
  const membershipId = params.id!
  if (body.roles) {
    const changed = await changeMemberRoles({ actor, membershipId, roles: body.roles })
    if (!changed.ok) return refusalResponse(changed)
  }
  if (body.status) {
    const changed = await setMemberStatus({ actor, membershipId, status: body.status === "active" ? "ACTIVE" : "DISABLED" })
    if (!changed.ok) return refusalResponse(changed)
  }
  const [row] = await membersAfter(actor.access.accountId, 1, null, membershipId)
  return row ? ok(memberView(row)) : refusalResponse({ kind: "not-found", message: "This person is no longer a member of this account." })
}

export async function removeMemberEndpoint({ actor, params }: ApiRequest<null>): Promise<ApiAnswer | Response> {
  const removed = await removeMember({ actor, membershipId: params.id! })
  return removed.ok ? noContent : refusalResponse(removed)
}

