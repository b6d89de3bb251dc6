"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { emailField } from "@/lib/email"
import { cancelInvitation } from "@/lib/invitations/cancel"
import { INVITATION_LIFETIME_HOURS } from "@/lib/invitations/policy"
import { resendInvitation } from "@/lib/invitations/resend"
import { sendInvitation } from "@/lib/invitations/send"
import { formData, refused, serverAction } from "@/lib/server-action"
import { idField, rolesField } from "@/lib/validation"

const USERS = { kind: "module", module: "settings/users" } as const
const invitationId = idField("This invitation no longer exists.")
const inviteForm = formData({ email: emailField, roles: rolesField }, ["roles"])

function usersPath(accountId: string) {
  return `/accounts/${accountId}/settings/users`
}

export const sendInvitationAction = serverAction(USERS, [z.unknown(), inviteForm], async (actor, _previous, form) => {
  const result = await sendInvitation({ actor, ...form })
  if (!result.ok) return refused(result.message, result.field)
  revalidatePath(usersPath(actor.access.accountId))
  return { ok: true, message: `Invitation sent to ${form.email}. It is valid for ${INVITATION_LIFETIME_HOURS} hours.` }
})

export const resendInvitationAction = serverAction(USERS, [invitationId], async (actor, id) => {
  const result = await resendInvitation({ actor, invitationId: id })
  if (!result.ok) return refused(result.message)
  revalidatePath(usersPath(actor.access.accountId))
  return { ok: true }
})

export const cancelInvitationAction = serverAction(USERS, [invitationId], async (actor, id) => {
  const result = await cancelInvitation({ actor, invitationId: id })
  if (!result.ok) return refused(result.message)
  revalidatePath(usersPath(actor.access.accountId))
  return { ok: true }
})
