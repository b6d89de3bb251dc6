"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { authorizeAction } from "@/lib/action-access"
import { SERVER_ACTIONS } from "@/lib/action-registry"
import { emailField } from "@/lib/email"
import { cancelInvitation } from "@/lib/invitations/cancel"
import { resendInvitation } from "@/lib/invitations/resend"
import { sendInvitation } from "@/lib/invitations/send"
import { wakeMailer } from "@/lib/mail/outbox"
import { ROLES } from "@/lib/modules"
import { fieldErrors } from "@/lib/validation"

export type InviteFormState = { errors: Record<string, string>; sentTo?: string; values: { email: string; roles?: string[] } }
export type RowActionState = { error?: string }

const inviteSchema = z.object({
  email: emailField,
  roles: z.array(z.enum(ROLES, { error: "Choose roles from the list." })).min(1, { error: "Choose at least one role." }),
})
const idSchema = z.uuid()

function usersPath(accountId: string) {
  return `/accounts/${accountId}/settings/users`
}

export async function sendInvitationAction(accountId: string, _previous: InviteFormState, form: FormData): Promise<InviteFormState> {
  const values = { email: String(form.get("email") ?? ""), roles: form.getAll("roles").map(String) }
  const parsed = inviteSchema.safeParse(values)
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values }
  const authorized = await authorizeAction(accountId, SERVER_ACTIONS.sendInvitationAction.caller.module)
  if (!authorized.ok) return { errors: { form: authorized.message }, values }

  const result = await sendInvitation({ actor: authorized.actor, ...parsed.data })
  if (!result.ok) return { errors: { [result.field]: result.message }, values }
  wakeMailer()
  revalidatePath(usersPath(accountId))
  return { errors: {}, sentTo: parsed.data.email, values: { email: "" } }
}

export async function resendInvitationAction(accountId: string, invitationId: string): Promise<RowActionState> {
  const authorized = await authorizeAction(accountId, SERVER_ACTIONS.resendInvitationAction.caller.module)
  if (!authorized.ok) return { error: authorized.message }
  if (!idSchema.safeParse(invitationId).success) return { error: "This invitation no longer exists." }
  const result = await resendInvitation({ actor: authorized.actor, invitationId })
  if (!result.ok) return { error: result.message }
  wakeMailer()
  revalidatePath(usersPath(accountId))
  return {}
}

export async function cancelInvitationAction(accountId: string, invitationId: string): Promise<RowActionState> {
  const authorized = await authorizeAction(accountId, SERVER_ACTIONS.cancelInvitationAction.caller.module)
  if (!authorized.ok) return { error: authorized.message }
  if (!idSchema.safeParse(invitationId).success) return { error: "This invitation no longer exists." }
  const result = await cancelInvitation({ actor: authorized.actor, invitationId })
  if (!result.ok) return { error: result.message }
  revalidatePath(usersPath(accountId))
  return {}
}
