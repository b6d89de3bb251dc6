"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { signOutAndEndSession } from "@/lib/auth"
import { acceptInvitation, declineInvitation, type RespondResult } from "@/lib/invitations/respond"
import { looksLikeInvitationToken } from "@/lib/invitations/token"
import { refused, serverAction } from "@/lib/server-action"

const refusals: Record<Exclude<RespondResult, { ok: true }>["reason"], string> = {
  invalid: "This invitation link is not valid.",
  "wrong-user": "This invitation was sent to another email address.",
  expired: "This invitation has expired.",
  cancelled: "This invitation was cancelled.",
  declined: "This invitation was declined.",
  accepted: "This invitation has already been used.",
  revoked: "This invitation is no longer valid: the person who sent it can no longer give this access.",
}

const token = z.string().refine(looksLikeInvitationToken, { error: refusals.invalid })

export const acceptInvitationAction = serverAction({ kind: "signed-in" }, [token], async ({ userId }, link) => {
  const result = await acceptInvitation({ token: link, userId })
  if (!result.ok) return refused(refusals[result.reason])
  redirect(`/accounts/${result.accountId}`)
})

export const declineInvitationAction = serverAction({ kind: "signed-in" }, [token], async ({ userId }, link) => {
  const result = await declineInvitation({ token: link, userId })
  if (!result.ok) return refused(refusals[result.reason])
  redirect(`/invitations/${link}`)
})

export const signOutToInvitationAction = serverAction({ kind: "public" }, [token], async (_caller, link) => {
  await signOutAndEndSession(`/invitations/${link}`)
  return { ok: true }
})
