"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import type { Actor } from "@/lib/action-access"
import { changeMemberRoles } from "@/lib/members/change-roles"
import { removeMember } from "@/lib/members/remove"
import { setMemberStatus } from "@/lib/members/set-status"
import { formData, refused, serverAction, type ActionResult } from "@/lib/server-action"
import { idField, rolesField } from "@/lib/validation"

const USERS = { kind: "module", module: "settings/users" } as const
const membershipId = idField("This person is no longer a member of this account.")
const rolesForm = formData({ roles: rolesField }, ["roles"])
const status = z.enum(["ACTIVE", "DISABLED"], { error: "Choose Enable or Disable." })

function done(actor: Actor, result: { ok: true } | { ok: false; message: string }): ActionResult {
  if (!result.ok) return refused(result.message)
  revalidatePath(`/accounts/${actor.access.accountId}/settings/users`)
  return { ok: true }
}

export const changeRolesAction = serverAction(USERS, [membershipId, z.unknown(), rolesForm], async (actor, id, _previous, form) =>
  done(actor, await changeMemberRoles({ actor, membershipId: id, roles: form.roles })),
)

export const setMemberStatusAction = serverAction(USERS, [membershipId, status], async (actor, id, newStatus) =>
  done(actor, await setMemberStatus({ actor, membershipId: id, status: newStatus })),
)

export const removeMemberAction = serverAction(USERS, [membershipId], async (actor, id) => done(actor, await removeMember({ actor, membershipId: id })))
