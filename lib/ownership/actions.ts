"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { formData, refused, serverAction } from "@/lib/actions/server-action"
import { passwordRefusal } from "@/lib/auth/auth"
import { db } from "@/lib/db"
import { idField } from "@/lib/fields"
import { acceptTransfer, cancelTransfer, offerTransfer, ONLY_THE_OWNER_TRANSFERS } from "./transfer"

const ACCOUNTS_SETTINGS = { kind: "module", module: "settings/accounts" } as const
const transferForm = formData({
  member: idField("Choose the member who will own the account."),
  password: z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }).max(200),
})

/** Transfer ownership: to an active member, behind the owner's password; the member accepts from a mail. */
export const offerTransferAction = serverAction(ACCOUNTS_SETTINGS, [z.unknown(), transferForm], async (actor, _previous, form) => {
  if (!actor.access.grant.isOwner) return refused(ONLY_THE_OWNER_TRANSFERS)
  const owner = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true } })
  const wrongPassword = await passwordRefusal(owner.email, form.password)
  if (wrongPassword) return refused(wrongPassword, "password")
  const offered = await offerTransfer(actor, form.member)
  if (!offered.ok) return refused(offered.message, "member")
  revalidatePath(`/accounts/${actor.access.accountId}/settings/accounts`)
  return { ok: true, message: `Transfer offered to ${offered.name}. It waits for them to accept from the mail we sent.` }
})

export const cancelTransferAction = serverAction(ACCOUNTS_SETTINGS, [], async (actor) => {
  const cancelled = await cancelTransfer(actor)
  if (!cancelled.ok) return refused(cancelled.message)
  revalidatePath(`/accounts/${actor.access.accountId}/settings/accounts`)
  return { ok: true, message: `Transfer to ${cancelled.name} cancelled` }
})

/** Accept ownership, from the mailed link, signed in as the member it was offered to. */
export const acceptTransferAction = serverAction({ kind: "signed-in" }, [z.string().max(100)], async ({ userId }, token) => {
  const accepted = await acceptTransfer(token, userId)
  if (!accepted.ok) return refused(accepted.message)
  redirect(`/accounts/${accepted.accountId}/settings/users`)
})
