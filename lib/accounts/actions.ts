"use server"

import { redirect } from "next/navigation"
import { decide, findAccess } from "@/lib/access/check"
import { refused, serverAction } from "@/lib/actions/server-action"
import { idField } from "@/lib/fields"
import { recordAccountOpened } from "@/lib/users/home"
import { errorKey } from "@/lib/i18n/error-keys"

/** Opens another account from the menu, and remembers it (see recordAccountOpened). */
export const switchAccountAction = serverAction({ kind: "signed-in" }, [idField(errorKey("accountMissing"))], async ({ userId }, id) => {
  const decision = decide(await findAccess(userId, id), "")
  if (decision.kind === "not-found") return refused(errorKey("accessLost"))
  if (decision.kind === "deactivated") return refused(errorKey("accessDeactivated"))
  await recordAccountOpened(userId, id)
  redirect(`/accounts/${id}`)
})
