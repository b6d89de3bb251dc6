"use server"

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

/** The answer to a change of a member's access: what it did to whom, or why not. */
function done(actor: Actor, result: { ok: true; name: string } | { ok: false; message: string }, said: (name: string) => string): ActionResult {
  if (!result.ok) return refused(result.message)
  revalidatePath(`/accounts/${actor.access.accountId}/settings/users`)
  return { ok: true, message: said(result.name) }
}

export const changeRolesAction = serverAction(ACCESS_MANAGERS, [membershipId, z.unknown(), rolesForm], async (actor, id, _previous, form) =>
  done(actor, await changeMemberRoles({ actor, membershipId: id, roles: form.roles }), (name) => `Roles of ${name} updated`),
)

export const setMemberStatusAction = serverAction(ACCESS_MANAGERS, [membershipId, status], async (actor, id, newStatus) =>
  done(actor, await setMemberStatus({ actor, membershipId: id, status: newStatus }), (name) => `${name} ${newStatus === "ACTIVE" ? "enabled" : "disabled"}`),
)

export const removeMemberAction = serverAction(ACCESS_MANAGERS, [membershipId], async (actor, id) =>
  done(actor, await removeMember({ actor, membershipId: id }), (name) => `Access of ${name} deleted`),
)

/** A member leaves an account from the account switcher; the answer says where they land next. */
export const leaveAccountAction = serverAction({ kind: "signed-in" }, [idField("This account no longer exists.")], async ({ userId }, accountId) => {
  const result = await leaveAccount({ userId, accountId })
  if (!result.ok) return refused(result.message)
  return { ok: true, message: `You left ${result.accountName}`, redirectTo: await homePath(userId) }
})
