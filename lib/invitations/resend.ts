import "server-only"
import type { Refusal } from "@/lib/refusal"
import type { Actor } from "@/lib/actions/authorize"
import { db } from "@/lib/db"
import { isLocale } from "@/lib/i18n/locales"
import { OPEN_STATUSES } from "./policy"
import { invitationRefusal, type InvitationRefusal } from "./refusals"
import { sendInvitation } from "./send"

export type ResendResult = { ok: true; email: string } | InvitationRefusal | Refusal

/** Sends an open invitation (waiting, or expired) again: a new token, a fresh lifetime, the same email, roles and language. */
export async function resendInvitation({ actor, invitationId, now }: { actor: Actor; invitationId: string; now?: Date }): Promise<ResendResult> {
  const invitation = await db.invitation.findFirst({
    where: { id: invitationId, accountId: actor.access.accountId, status: { in: [...OPEN_STATUSES] } },
    select: { email: true, roles: true, locale: true },
  })
  if (!invitation) return invitationRefusal("not-found", { key: "notPending" })
  const result = await sendInvitation({ actor, email: invitation.email, roles: invitation.roles, locale: isLocale(invitation.locale) ? invitation.locale : undefined, now })
  return result.ok ? { ok: true, email: invitation.email } : { ok: false, kind: result.kind, message: result.message }
}
