import "server-only"
import type { Actor } from "@/lib/actions/authorize"
import { db } from "@/lib/db"
import { sendInvitation } from "./send"

export type ResendResult = { ok: true } | { ok: false; message: string }

/** Sends a pending invitation again (new token, fresh lifetime), with the same email and roles. */
export async function resendInvitation({ actor, invitationId, now }: { actor: Actor; invitationId: string; now?: Date }): Promise<ResendResult> {
  const invitation = await db.invitation.findFirst({
    where: { id: invitationId, accountId: actor.access.accountId, status: "PENDING" },
    select: { email: true, roles: true },
  })
  if (!invitation) return { ok: false, message: "This invitation is no longer pending." }
  const result = await sendInvitation({ actor, email: invitation.email, roles: invitation.roles, now })
  return result.ok ? { ok: true } : { ok: false, message: result.message }
}
