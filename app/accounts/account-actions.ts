"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { findAccess } from "@/lib/access"
import { currentUserId } from "@/lib/auth"
import { wakeMailer } from "@/lib/mail/outbox"
import { leaveAccount } from "@/lib/members/remove"
import { homePath, recordAccountOpened } from "@/lib/users/home"

const accountIdSchema = z.uuid()

/** Opens another account from the menu, and remembers it (see recordAccountOpened). */
export async function switchAccountAction(accountId: string): Promise<{ error?: string }> {
  const userId = await currentUserId()
  if (!userId) redirect("/sign-in")
  if (!accountIdSchema.safeParse(accountId).success) return { error: "This account no longer exists." }
  const access = await findAccess(userId, accountId)
  if (!access) return { error: "You no longer have access to this account." }
  if (access.status === "DISABLED") return { error: "Your access to this account is deactivated." }
  await recordAccountOpened(userId, accountId)
  redirect(`/accounts/${accountId}`)
}

export async function leaveAccountAction(accountId: string): Promise<{ error?: string }> {
  const userId = await currentUserId()
  if (!userId) redirect("/sign-in")
  if (!accountIdSchema.safeParse(accountId).success) return { error: "This account no longer exists." }
  const result = await leaveAccount({ userId, accountId })
  if (!result.ok) return { error: result.message }
  wakeMailer()
  redirect(await homePath(userId))
}
