"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { z } from "zod"
import { ACCESS_MANAGERS, formData, refused, serverAction } from "@/lib/actions/server-action"
import { signOutAndEndSession } from "@/lib/auth/auth"
import { emailField, idField, rolesField } from "@/lib/fields"
import { cancelInvitation } from "./cancel"
import { INVITATION_LIFETIME_HOURS } from "./policy"
import { resendInvitation } from "./resend"
import { acceptInvitation, declineInvitation, type RespondResult } from "./respond"
import { sendInvitation } from "./send"
import { looksLikeInvitationToken } from "./token"

const invitationId = idField("This invitation no longer exists.")
const inviteForm = formData({ email: emailField, roles: rolesField }, ["roles"])

function usersPath(accountId: string) {
  return `/accounts/${accountId}/settings/users`
}

export const sendInvitationAction = serverAction(ACCESS_MANAGERS, [z.unknown(), inviteForm], async (actor, _previous, form) => {
  const result = await sendInvitation({ actor, ...form })
  if (!result.ok) return refused(result.message, result.field)
  revalidatePath(usersPath(actor.access.accountId))
  return { ok: true, message: `Invitation sent to ${form.email}. It is valid for ${INVITATION_LIFETIME_HOURS} hours.` }
})

export const resendInvitationAction = serverAction(ACCESS_MANAGERS, [invitationId], async (actor, id) => {
  const result = await resendInvitation({ actor, invitationId: id })
  if (!result.ok) return refused(result.message)
  revalidatePath(usersPath(actor.access.accountId))
  return { ok: true }
})

export const cancelInvitationAction = serverAction(ACCESS_MANAGERS, [invitationId], async (actor, id) => {
  const result = await cancelInvitation({ actor, invitationId: id })
  if (!result.ok) return refused(result.message)
  revalidatePath(usersPath(actor.access.accountId))
  return { ok: true }
})

// The invited person's answers, from the invitation's page.

const answerRefusals: Record<Exclude<RespondResult, { ok: true }>["reason"], string> = {
  invalid: "This invitation link is not valid.",
  "wrong-user": "This invitation was sent to another email address.",
  expired: "This invitation has expired.",
  cancelled: "This invitation was cancelled.",
  declined: "This invitation was declined.",
  accepted: "This invitation has already been used.",
  revoked: "This invitation is no longer valid: the person who sent it can no longer give this access.",
}

const token = z.string().refine(looksLikeInvitationToken, { error: answerRefusals.invalid })

export const acceptInvitationAction = serverAction({ kind: "signed-in" }, [token], async ({ userId }, link) => {
  const result = await acceptInvitation({ token: link, userId })
  if (!result.ok) return refused(answerRefusals[result.reason])
  redirect(`/accounts/${result.accountId}`)
})

export const declineInvitationAction = serverAction({ kind: "signed-in" }, [token], async ({ userId }, link) => {
  const result = await declineInvitation({ token: link, userId })
  if (!result.ok) return refused(answerRefusals[result.reason])
  redirect(`/invitations/${link}`)
})

export const signOutToInvitationAction = serverAction({ kind: "public" }, [token], async (_caller, link) => {
  await signOutAndEndSession(`/invitations/${link}`)
  return { ok: true }
})
