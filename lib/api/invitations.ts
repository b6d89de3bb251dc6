import "server-only"
import type { z } from "zod"
import { db } from "@/lib/db"
import { Prisma } from "@/lib/generated/prisma/client"
import type { Role } from "@/lib/generated/prisma/enums"
import { normalizeEmail } from "@/lib/fields"
import { inviteAll } from "@/lib/invitations/bulk"
import { cancelInvitation } from "@/lib/invitations/cancel"
import { OPEN_STATUSES } from "@/lib/invitations/policy"
import { resendInvitation } from "@/lib/invitations/resend"
import { noContent, ok, type ApiAnswer } from "./answer"
import { pageOf } from "./cursor"
import { inEnglish } from "@/lib/i18n/catalogs"
import { refusalResponse } from "./errors"
import { pageParams } from "./pages"
import type { ApiRequest } from "./route"
import type { inviteRequest } from "./schemas"

type InvitationRow = {
  id: string
  createdAt: Date
  email: string
  roles: Role[]
  expiresAt: Date
  expired: boolean
  inviterId: string
  inviterName: string
  inviterEmail: string
}

/** The account's open invitations (waiting, or expired and not resent), oldest first, a page after the cursor. */
export async function listInvitationsEndpoint({ actor, query }: ApiRequest<null>): Promise<ApiAnswer | Response> {
  const page = pageParams(query)
  if (!page.ok) return page.response
  const after = page.after
  const rows = await db.$queryRaw<InvitationRow[]>`
    SELECT i."id", i."createdAt", i."email", i."roles"::text[] AS "roles", i."expiresAt",
      (i."status" = 'EXPIRED' OR i."expiresAt" <= now() AT TIME ZONE 'UTC') AS "expired",
      u."id" AS "inviterId", u."name" AS "inviterName", u."email" AS "inviterEmail"
    FROM "Invitation" i JOIN "User" u ON u."id" = i."invitedById"
    WHERE i."accountId" = ${actor.access.accountId}::uuid AND i."status"::text = ANY(${[...OPEN_STATUSES]})
      ${after ? Prisma.sql`AND (i."createdAt", i."id") > (${after.createdAt}, ${after.id}::uuid)` : Prisma.empty}
    ORDER BY i."createdAt", i."id"
    LIMIT ${page.limit + 1}`
  const { rows: invitations, next } = pageOf(rows, page.limit)
  return ok({
    data: invitations.map((row) => ({
      id: row.id,
      email: row.email,
      roles: row.roles,
      status: row.expired ? "expired" : "pending",
      invited_by: { id: row.inviterId, name: row.inviterName, email: row.inviterEmail },
      sent_at: row.createdAt.toISOString(),
      expires_at: row.expiresAt.toISOString(),
    })),
    next_cursor: next,
  })
}

/**
 * Invites one address (`email`) or up to 20 (`emails`), as Send Invitation does. One address answers 201 or its
 * refusal; several answer 201 with what became of each, as the screen shows it.
 */
export async function inviteEndpoint({ actor, body }: ApiRequest<z.output<typeof inviteRequest>>): Promise<ApiAnswer | Response> {
  // Each address once, however it was typed (as the screen's field reads them).
  const addresses = body.email !== undefined ? [body.email] : [...new Map(body.emails!.map((email) => [normalizeEmail(email), email])).values()]
  const result = await inviteAll({ actor, addresses, roles: body.roles, locale: body.locale })
  if (!result.ok) return refusalResponse(result)
  const [only] = result.outcomes
  if (body.email !== undefined && only && (only.outcome === "invalid" || only.outcome === "refused")) {
    return refusalResponse({ kind: only.outcome === "invalid" ? "invalid" : "conflict", message: only.message, field: "email" })
  }
  return ok({ data: result.outcomes.map((outcome) => ({ ...outcome, message: inEnglish(outcome.message) })) }, 201)
}

export async function resendEndpoint({ actor, params }: ApiRequest<null>): Promise<ApiAnswer | Response> {
  const resent = await resendInvitation({ actor, invitationId: params.id! })
  return resent.ok ? ok({ email: resent.email, status: "pending" }) : refusalResponse(resent)
}

export async function cancelEndpoint({ actor, params }: ApiRequest<null>): Promise<ApiAnswer | Response> {
  const cancelled = await cancelInvitation({ actor, invitationId: params.id! })
  return cancelled.ok ? noContent : refusalResponse(cancelled)
}
