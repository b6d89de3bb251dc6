"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import type { Actor } from "@/lib/actions/authorize"
import { ACCESS_MANAGERS, formData, refused, serverAction, type ActionResult } from "@/lib/actions/server-action"
import { idField, rolesField } from "@/lib/fields"
import { homePath } from "@/lib/users/home"
import { requestPreferences, requestTranslator } from "@/lib/i18n/request-locale"
import type { Refusal } from "@/lib/refusal"
import { changeMemberRoles } from "./change-roles"
import { leaveAccount, removeMember } from "./remove"
import { sayMemberRefusal, type MemberRefusal } from "./refusals"
import { setMemberStatus } from "./set-status"
import { errorKey } from "@/lib/i18n/error-keys"

const membershipId = idField(errorKey("memberMissing"))
const rolesForm = formData({ roles: rolesField }, ["roles"])
const status = z.enum(["ACTIVE", "DISABLED"], { error: errorKey("statusMissing") })

/** Why a change was refused, in the reader's language when the domain gave its reason. */
async function refusal(result: MemberRefusal | Refusal): Promise<ActionResult> {
  return refused("reason" in result ? sayMemberRefusal((await requestPreferences()).locale, result.reason) : result.message)
}

type Toast = "rolesUpdated" | "enabled" | "disabled" | "deleted"

/** The answer to a change of a member's access: what it did to whom, or why not. */
async function done(actor: Actor, result: { ok: true; name: string } | MemberRefusal | Refusal, said: Toast): Promise<ActionResult> {
  if (!result.ok) return refusal(result)
  revalidatePath(`/accounts/${actor.access.accountId}/settings/users`)
  const t = await requestTranslator("members")
  return { ok: true, message: t(`toasts.${said}`, { name: result.name }) }
}

export const changeRolesAction = serverAction(ACCESS_MANAGERS, [membershipId, z.unknown(), rolesForm], async (actor, id, _previous, form) =>
  done(actor, await changeMemberRoles({ actor, membershipId: id, roles: form.roles }), "rolesUpdated"),
)

export const setMemberStatusAction = serverAction(ACCESS_MANAGERS, [membershipId, status], async (actor, id, newStatus) =>
  done(actor, await setMemberStatus({ actor, membershipId: id, status: newStatus }), newStatus === "ACTIVE" ? "enabled" : "disabled"),
)

export const removeMemberAction = serverAction(ACCESS_MANAGERS, [membershipId], async (actor, id) =>
  done(actor, await removeMember({ actor, membershipId: id }), "deleted"),
)

/** A member leaves an account from the account switcher; the answer says where they land next. */
export const leaveAccountAction = serverAction({ kind: "signed-in" }, [idField(errorKey("accountMissing"))], async ({ userId }, accountId) => {
  const result = await leaveAccount({ userId, accountId })
  if (!result.ok) return refusal(result)
  const t = await requestTranslator("members")
  return { ok: true, message: t("toasts.left", { account: result.accountName }), redirectTo: await homePath(userId) }
})
