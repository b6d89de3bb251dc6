"use server"

import { redirect } from "next/navigation"
import { decide, findAccess } from "@/lib/access"
import { leaveAccount } from "@/lib/members/remove"
import { refused, serverAction } from "@/lib/server-action"
import { homePath, recordAccountOpened } from "@/lib/users/home"
import { idField } from "@/lib/validation"

const accountId = idField("This account no longer exists.")

/** Opens another account from the menu, and remembers it (see recordAccountOpened). */
export const switchAccountAction = serverAction({ kind: "signed-in" }, [accountId], async ({ userId }, id) => {
  const decision = decide(await findAccess(userId, id), "")
  if (decision.kind === "not-found") return refused("You no longer have access to this account.")
  if (decision.kind === "deactivated") return refused("Your access to this account is deactivated.")
  await recordAccountOpened(userId, id)
  redirect(`/accounts/${id}`)
})

export const leaveAccountAction = serverAction({ kind: "signed-in" }, [accountId], async ({ userId }, id) => {
  const result = await leaveAccount({ userId, accountId: id })
  if (!result.ok) return refused(result.message)
  redirect(await homePath(userId))
})
