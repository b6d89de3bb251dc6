"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { z } from "zod"
import type { Actor } from "@/lib/actions/authorize"
import { ACCESS_MANAGERS, formData, refused, serverAction, type ActionResult } from "@/lib/actions/server-action"
import { idField, rolesField } from "@/lib/fields"
import { homePath } from "@/lib/users/home"
import { changeMemberRoles } from "./change-roles"
import { leaveAccount, removeMember } from "./remove"
import { setMemberStatus } from "./set-status"

const membershipId = idField("This person is no longer a member of this account.")
const rolesForm = formData({ roles: rolesField }, ["roles"])
const status = z.enum(["ACTIVE", "DISABLED"], { error: "Choose Enable or Disable." })

function done(actor: Actor, result: { ok: true } | { ok: false; message: string }): ActionResult {
  if (!result.ok) return refused(result.message)
  revalidatePath(`/accounts/${actor.access.accountId}/settings/users`)
  return { ok: true }
}

export const changeRolesAction = serverAction(ACCESS_MANAGERS, [membershipId, z.unknown(), rolesForm], async (actor, id, _previous, form) =>
  done(actor, await changeMemberRoles({ actor, membershipId: id, roles: form.roles })),
)

export const setMemberStatusAction = serverAction(ACCESS_MANAGERS, [membershipId, status], async (actor, id, newStatus) =>
  done(actor, await setMemberStatus({ actor, membershipId: id, status: newStatus })),
)

export const removeMemberAction = serverAction(ACCESS_MANAGERS, [membershipId], async (actor, id) =>
  done(actor, await removeMember({ actor, membershipId: id })),
)

/** A member leaves an account from the account menu, and lands in their next one. */
export const leaveAccountAction = serverAction({ kind: "signed-in" }, [idField("This account no longer exists.")], async ({ userId }, accountId) => {
  const result = await leaveAccount({ userId, accountId })
  if (!result.ok) return refused(result.message)
  redirect(await homePath(userId))
})
