"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { formData, refused, serverAction } from "@/lib/actions/server-action"
import { db } from "@/lib/db"
import { idField } from "@/lib/fields"
import { passwordRefusalText } from "@/lib/identity/password-refusal"
import { requestTranslator } from "@/lib/i18n/request-locale"
import { acceptTransfer, cancelTransfer, offerTransfer, type TransferRefusalReason } from "./transfer"
import { errorKey } from "@/lib/i18n/error-keys"

const ACCOUNTS_SETTINGS = { kind: "module", module: "settings/accounts" } as const
const transferForm = formData({
  member: idField(errorKey("newOwnerMissing")),
  password: z.string({ error: errorKey("yourPasswordMissing") }).min(1, { error: errorKey("yourPasswordMissing") }).max(200),
})

/** A refused step of a transfer, in the reader's language. */
async function refusal({ reason, name }: { reason: TransferRefusalReason; name?: string }, field = "form") {
  const t = await requestTranslator("ownershipTransfer")
  return refused(t(`refusals.${reason}`, { name: name ?? "" }), field)
}

/** Transfer ownership: to an active member, behind the owner's password; the member accepts from a mail. */
export const offerTransferAction = serverAction(ACCOUNTS_SETTINGS, [z.unknown(), transferForm], async (actor, _previous, form) => {
  if (!actor.access.grant.isOwner) return refusal({ reason: "only-owner" })
  const owner = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true } })
  const wrongPassword = await passwordRefusalText(owner.email, form.password)
  if (wrongPassword) return refused(wrongPassword, "password")
  const offered = await offerTransfer(actor, form.member)
  if (!offered.ok) return refusal(offered, "member")
  revalidatePath(`/accounts/${actor.access.accountId}/settings/accounts`)
  const t = await requestTranslator("ownershipTransfer")
  return { ok: true, message: t("offered", { name: offered.name }) }
})

export const cancelTransferAction = serverAction(ACCOUNTS_SETTINGS, [], async (actor) => {
  const cancelled = await cancelTransfer(actor)
  if (!cancelled.ok) return refusal(cancelled)
  revalidatePath(`/accounts/${actor.access.accountId}/settings/accounts`)
  const t = await requestTranslator("ownershipTransfer")
  return { ok: true, message: t("cancelled", { name: cancelled.name }) }
})

/** Accept ownership, from the mailed link, signed in as the member it was offered to. */
export const acceptTransferAction = serverAction({ kind: "signed-in" }, [z.string().max(100)], async ({ userId }, token) => {
  const accepted = await acceptTransfer(token, userId)
  if (!accepted.ok) return refusal(accepted)
  redirect(`/accounts/${accepted.accountId}/settings/users`)
})
