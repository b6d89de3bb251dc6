"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { z } from "zod"
import { ACCESS_MANAGERS, formData, refused, serverAction, type ActionResult } from "@/lib/actions/server-action"
import { signOutAndEndSession } from "@/lib/auth/auth"
import { idField, rolesField } from "@/lib/fields"
import { LOCALES } from "@/lib/i18n/locales"
import { requestTranslator } from "@/lib/i18n/request-locale"
import { inviteAll, MAX_ADDRESSES, splitAddresses, type AddressOutcome } from "./bulk"
import { cancelInvitation } from "./cancel"
import { INVITATION_LIFETIME_HOURS } from "./policy"
import { resendInvitation } from "./resend"
import { acceptInvitation, declineInvitation, type RespondResult } from "./respond"
import { looksLikeToken } from "@/lib/tokens"

const invitationId = idField("This invitation no longer exists.")
const addresses = z
  .string({ error: "Enter at least one email address." })
  .transform(splitAddresses)
  .pipe(
    z
      .array(z.string())
      .min(1, { error: "Enter at least one email address." })
      .max(MAX_ADDRESSES, { error: `Enter at most ${MAX_ADDRESSES} addresses at once.` }),
  )
const inviteForm = formData({ emails: addresses, roles: rolesField, locale: z.enum(LOCALES).optional() }, ["roles"])

function usersPath(accountId: string) {
  return `/accounts/${accountId}/settings/users`
}

/** Invites one or up to MAX_ADDRESSES addresses with the same roles; the answer says what became of each. */
export const sendInvitationAction = serverAction(ACCESS_MANAGERS, [z.unknown(), inviteForm], async (actor, _previous, form): Promise<ActionResult<AddressOutcome[]>> => {
  const result = await inviteAll({ actor, addresses: form.emails, roles: form.roles, locale: form.locale })
  if (!result.ok) return refused(result.message, result.field)
  revalidatePath(usersPath(actor.access.accountId))
  return { ok: true, ...(await inReadersLanguage(result.outcomes)) }
})

/** What the form shows: a summary, and each address's outcome (the refusals as the domain words them). */
async function inReadersLanguage(outcomes: AddressOutcome[]): Promise<{ message: string; data: AddressOutcome[] }> {
  const t = await requestTranslator("inviteForm")
  const data = outcomes.map((outcome) => (outcome.outcome === "sent" || outcome.outcome === "resent" ? { ...outcome, message: t(`outcomes.${outcome.outcome}`) } : outcome))
  const [only] = outcomes
  const hours = INVITATION_LIFETIME_HOURS
  if (outcomes.length === 1 && only!.outcome === "sent") return { message: t("summary.sentTo", { email: only!.email, hours }), data }
  if (outcomes.length === 1 && only!.outcome === "resent") return { message: t("summary.resentTo", { email: only!.email, hours }), data }
  const sent = outcomes.filter((outcome) => outcome.outcome === "sent" || outcome.outcome === "resent").length
  const notSent = outcomes.length - sent
  return { message: sent === 0 ? t("summary.noneSent", { notSent }) : t("summary.someSent", { sent, notSent }), data }
}

export const resendInvitationAction = serverAction(ACCESS_MANAGERS, [invitationId], async (actor, id) => {
  const result = await resendInvitation({ actor, invitationId: id })
  if (!result.ok) return refused(result.message)
  revalidatePath(usersPath(actor.access.accountId))
  return { ok: true, message: `Invitation resent to ${result.email}` }
})

export const cancelInvitationAction = serverAction(ACCESS_MANAGERS, [invitationId], async (actor, id) => {
  const result = await cancelInvitation({ actor, invitationId: id })
  if (!result.ok) return refused(result.message)
  revalidatePath(usersPath(actor.access.accountId))
  return { ok: true, message: `Invitation to ${result.email} cancelled` }
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

const token = z.string().refine(looksLikeToken, { error: answerRefusals.invalid })

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
