"use server"

import { redirect } from "next/navigation"
import { currentUserId, signOut } from "@/lib/auth"
import { acceptInvitation, declineInvitation } from "@/lib/invitations/respond"
import { wakeMailer } from "@/lib/mail/outbox"

export type RespondState = { error?: string }

const refusals: Record<string, string> = {
  invalid: "This invitation link is not valid.",
  "wrong-user": "This invitation was sent to another email address.",
  expired: "This invitation has expired.",
  cancelled: "This invitation was cancelled.",
  declined: "This invitation was declined.",
  accepted: "This invitation has already been used.",
}

export async function acceptInvitationAction(token: string): Promise<RespondState> {
  const userId = await currentUserId()
  if (!userId) redirect(`/sign-in?next=${encodeURIComponent(`/invitations/${token}`)}`)
  const result = await acceptInvitation({ token, userId })
  if (!result.ok) return { error: refusals[result.reason] }
  wakeMailer()
  redirect(`/accounts/${result.accountId}`)
}

export async function declineInvitationAction(token: string): Promise<RespondState> {
  const userId = await currentUserId()
  if (!userId) redirect(`/sign-in?next=${encodeURIComponent(`/invitations/${token}`)}`)
  const result = await declineInvitation({ token, userId })
  if (!result.ok) return { error: refusals[result.reason] }
  redirect(`/invitations/${token}`)
}

export async function signOutToInvitationAction(token: string) {
  await signOut({ redirectTo: `/invitations/${token}` })
}
