"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { z } from "zod"
import { ACCESS_MANAGERS, formData, refused, serverAction, type ActionResult } from "@/lib/actions/server-action"
import { signOutAndEndSession } from "@/lib/auth/auth"
import { idField, rolesField } from "@/lib/fields"
import { LOCALES } from "@/lib/i18n/locales"
import { inviteAll, MAX_ADDRESSES, splitAddresses, type AddressOutcome } from "./bulk"
import { cancelInvitation } from "./cancel"
import { INVITATION_LIFETIME_HOURS } from "./policy"
import { resendInvitation } from "./resend"
import { acceptInvitation, declineInvitation, type RespondResult } from "./respond"
import { looksLikeToken } from "@/lib/tokens"
import { requestPreferences, requestTranslator } from "@/lib/i18n/request-locale"
import type { Refusal } from "@/lib/refusal"
import { sayInvitationRefusal, type InvitationRefusal } from "./refusals"
import { errorIn } from "@/lib/i18n/catalogs"
import { errorKey } from "@/lib/i18n/error-keys"

const invitationId = idField(errorKey("invitationMissing"))
const addresses = z
  .string({ error: errorKey("addressesMissing") })
  .transform(splitAddresses)
  .pipe(
    z
      .array(z.string())
      .min(1, { error: errorKey("addressesMissing") })
      .max(MAX_ADDRESSES, { error: errorKey("addressesTooMany", { max: MAX_ADDRESSES }) }),
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
  const { locale } = await requestPreferences()
  const data = outcomes.map((outcome) =>
    outcome.outcome === "sent" || outcome.outcome === "resent" ? { ...outcome, message: t(`outcomes.${outcome.outcome}`) } : { ...outcome, message: errorIn(locale, outcome.message) },
  )
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
  if (!result.ok) return refusal(result)
  revalidatePath(usersPath(actor.access.accountId))
  const t = await requestTranslator("invitationList")
  return { ok: true, message: t("toasts.resent", { email: result.email }) }
})

export const cancelInvitationAction = serverAction(ACCESS_MANAGERS, [invitationId], async (actor, id) => {
  const result = await cancelInvitation({ actor, invitationId: id })
  if (!result.ok) return refusal(result)
  revalidatePath(usersPath(actor.access.accountId))
  const t = await requestTranslator("invitationList")
  return { ok: true, message: t("toasts.cancelled", { email: result.email }) }
})

/** Why resending or cancelling was refused, in the reader's language when the domain gave its reason. */
async function refusal(result: InvitationRefusal | Refusal): Promise<ActionResult<never>> {
  return refused("reason" in result ? sayInvitationRefusal((await requestPreferences()).locale, result.reason) : result.message)
}

// The invited person's answers, from the invitation's page, in their language.

async function answerRefusal(reason: Exclude<RespondResult, { ok: true }>["reason"]): Promise<ActionResult<never>> {
  const t = await requestTranslator("invitationList")
  return refused(t(`answers.${reason}`))
}

const token = z.string().refine(looksLikeToken, { error: errorKey("invitationLinkInvalid") })

export const acceptInvitationAction = serverAction({ kind: "signed-in" }, [token], async ({ userId }, link) => {
  const result = await acceptInvitation({ token: link, userId })
  if (!result.ok) return answerRefusal(result.reason)
  redirect(`/accounts/${result.accountId}`)
})

export const declineInvitationAction = serverAction({ kind: "signed-in" }, [token], async ({ userId }, link) => {
  const result = await declineInvitation({ token: link, userId })
  if (!result.ok) return answerRefusal(result.reason)
  redirect(`/invitations/${link}`)
})

export const signOutToInvitationAction = serverAction({ kind: "public" }, [token], async (_caller, link) => {
  await signOutAndEndSession(`/invitations/${link}`)
  return { ok: true }
})
