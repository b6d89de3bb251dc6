"use client"

import { useActionState, useState } from "react"
import { ActionButton } from "@/components/action-button"
import { ConfirmButton } from "@/components/confirm-button"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"
import { ROLE_LABELS, ROLES } from "@/lib/modules"
import type { RowActionState } from "./actions"
import { changeRolesAction, removeMemberAction, setMemberStatusAction } from "./member-actions"

type Props = {
  accountId: string
  membershipId: string
  memberName: string
  roles: Role[]
  status: MembershipStatus
  grantableRoles: readonly Role[]
}

/** Edit roles, Disable/Enable and Delete for one member row. */
export function MemberControls({ accountId, membershipId, memberName, roles, status, grantableRoles }: Props) {
  const [editing, setEditing] = useState(false)
  const [state, save, pending] = useActionState(async (previous: RowActionState, form: FormData) => {
    const result = await changeRolesAction(accountId, membershipId, previous, form)
    if (!result.error) setEditing(false)
    return result
  }, {})

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        <button
          type="button"
          onClick={() => setEditing(!editing)}
          aria-expanded={editing}
          className="rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
        >
          Edit roles
        </button>
        {status === "ACTIVE" ? (
          <ActionButton action={setMemberStatusAction.bind(null, accountId, membershipId, "DISABLED")} label="Disable" />
        ) : (
          <ActionButton action={setMemberStatusAction.bind(null, accountId, membershipId, "ACTIVE")} label="Enable" />
        )}
        <ConfirmButton
          label="Delete"
          title={`Delete ${memberName}'s access?`}
          message="The account disappears from their list. Only a new invitation can give them access again."
          action={removeMemberAction.bind(null, accountId, membershipId)}
        />
      </div>
      {editing ? (
        <form action={save} aria-label={`Roles of ${memberName}`} className="flex flex-wrap items-center gap-3 rounded-md bg-slate-50 px-3 py-2">
          {ROLES.map((role) => (
            <label key={role} className={`flex items-center gap-1.5 text-sm ${grantableRoles.includes(role) ? "" : "text-slate-400"}`}>
              <input type="checkbox" name="roles" value={role} defaultChecked={roles.includes(role)} disabled={!grantableRoles.includes(role)} />
              {ROLE_LABELS[role]}
            </label>
          ))}
          {/* A role the editor cannot touch is kept as it is: disabled checkboxes are not submitted. */}
          {roles
            .filter((role) => !grantableRoles.includes(role))
            .map((role) => (
              <input key={role} type="hidden" name="roles" value={role} />
            ))}
          <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60">
            Save
          </button>
        </form>
      ) : null}
      {state.error ? (
        <p role="alert" className="text-xs text-red-600">
          {state.error}
        </p>
      ) : null}
    </div>
  )
}
