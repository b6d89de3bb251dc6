"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { authorizeAction } from "@/lib/action-access"
import { SERVER_ACTIONS } from "@/lib/action-registry"
import { wakeMailer } from "@/lib/mail/outbox"
import { changeMemberRoles } from "@/lib/members/change-roles"
import { removeMember } from "@/lib/members/remove"
import { setMemberStatus } from "@/lib/members/set-status"
import { ROLES } from "@/lib/modules"
import type { RowActionState } from "./actions"

const membershipId = z.uuid()
const rolesSchema = z.array(z.enum(ROLES, { error: "Choose roles from the list." })).min(1, { error: "Choose at least one role." })
const statusSchema = z.enum(["ACTIVE", "DISABLED"])
const gone: RowActionState = { error: "This person is no longer a member of this account." }

function done(accountId: string): RowActionState {
  wakeMailer()
  revalidatePath(`/accounts/${accountId}/settings/users`)
  return {}
}

export async function changeRolesAction(accountId: string, id: string, _previous: RowActionState, form: FormData): Promise<RowActionState> {
  const roles = rolesSchema.safeParse(form.getAll("roles"))
  if (!roles.success) return { error: roles.error.issues[0]!.message }
  if (!membershipId.safeParse(id).success) return gone
  const authorized = await authorizeAction(accountId, SERVER_ACTIONS.changeRolesAction.caller.module)
  if (!authorized.ok) return { error: authorized.message }
  const result = await changeMemberRoles({ actor: authorized.actor, membershipId: id, roles: roles.data })
  return result.ok ? done(accountId) : { error: result.message }
}

export async function setMemberStatusAction(accountId: string, id: string, status: "ACTIVE" | "DISABLED"): Promise<RowActionState> {
  if (!membershipId.safeParse(id).success || !statusSchema.safeParse(status).success) return gone
  const authorized = await authorizeAction(accountId, SERVER_ACTIONS.setMemberStatusAction.caller.module)
  if (!authorized.ok) return { error: authorized.message }
  const result = await setMemberStatus({ actor: authorized.actor, membershipId: id, status })
  return result.ok ? done(accountId) : { error: result.message }
}

export async function removeMemberAction(accountId: string, id: string): Promise<RowActionState> {
  if (!membershipId.safeParse(id).success) return gone
  const authorized = await authorizeAction(accountId, SERVER_ACTIONS.removeMemberAction.caller.module)
  if (!authorized.ok) return { error: authorized.message }
  const result = await removeMember({ actor: authorized.actor, membershipId: id })
  return result.ok ? done(accountId) : { error: result.message }
}
