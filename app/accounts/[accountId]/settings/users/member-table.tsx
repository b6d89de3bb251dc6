"use client"

import { useActionState, useState } from "react"
import { rowButtonClass } from "@/components/button-classes"
import { ConfirmDialog } from "@/components/confirm-dialog"
import { RoleBadges } from "@/components/role-badges"
import { RowError } from "./row-error"
import { useRowActions } from "./use-row-actions"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"
import { ROLE_LABELS, ROLES } from "@/lib/modules"
import { changeRolesAction, removeMemberAction, setMemberStatusAction } from "@/lib/members/actions"

export type MemberRow = { id: string; name: string; email: string; roles: Role[]; status: MembershipStatus; since: string; isViewer: boolean }

type Props = { accountId: string; rows: MemberRow[]; grantableRoles: readonly Role[]; children: React.ReactNode }

/**
 * The Members list of Settings → Users, after the owner's row (children): each member with Edit roles,
 * Disable/Enable and Delete. Rendered from plain data, with the list holding the state of its rows.
 */
export function MemberTable({ accountId, rows, grantableRoles, children }: Props) {
  const [editing, setEditing] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<MemberRow | null>(null)
  const { run, errorOf, isRunning } = useRowActions()

  return (
    <>
      <ul className="row-list" aria-label="Members">
        {children}
        {rows.map((member) => (
          <li key={member.id} className="row">
            <div className="min-w-0">
              <p className="truncate font-medium text-slate-900">{member.name}</p>
              <p className="truncate text-sm text-slate-500">{member.email}</p>
            </div>
            <div className="flex flex-wrap items-center gap-3 text-sm text-slate-500">
              <RoleBadges roles={member.roles} />
              {member.status === "ACTIVE" ? (
                <span className="text-emerald-700">{`Active since ${member.since}`}</span>
              ) : (
                <span className="font-medium text-amber-700">{`Deactivated since ${member.since}`}</span>
              )}
            </div>
            {member.isViewer ? (
              <span className="text-xs text-slate-400">You</span>
            ) : !member.roles.every((role) => grantableRoles.includes(role)) ? (
              <span className="text-xs text-slate-500">Holds a role you do not hold</span>
            ) : (
              <div className="flex flex-col items-end gap-2">
                <div className="flex flex-wrap justify-end gap-2">
                  <button type="button" onClick={() => setEditing(editing === member.id ? null : member.id)} aria-expanded={editing === member.id} className={rowButtonClass()}>
                    Edit roles
                  </button>
                  <button
                    type="button"
                    disabled={isRunning(member.id)}
                    onClick={() => run(member.id, () => setMemberStatusAction(accountId, member.id, member.status === "ACTIVE" ? "DISABLED" : "ACTIVE"))}
                    className={rowButtonClass()}
                  >
                    {member.status === "ACTIVE" ? "Disable" : "Enable"}
                  </button>
                  <button type="button" onClick={() => setDeleting(member)} className={rowButtonClass("danger")}>
                    Delete
                  </button>
                </div>
                {editing === member.id ? (
                  <RolesForm accountId={accountId} member={member} grantableRoles={grantableRoles} onSaved={() => setEditing(null)} />
                ) : null}
                <RowError message={errorOf(member.id)} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {deleting ? (
        <ConfirmDialog
          key={deleting.id}
          title={`Delete ${deleting.name}'s access?`}
          message="The account disappears from their list. Only a new invitation can give them access again."
          action={() => removeMemberAction(accountId, deleting.id)}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </>
  )
}

type RolesFormProps = { accountId: string; member: MemberRow; grantableRoles: readonly Role[]; onSaved: () => void }

function RolesForm({ accountId, member, grantableRoles, onSaved }: RolesFormProps) {
  const [state, save, pending] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const result = await changeRolesAction(accountId, member.id, previous, form)
    if (result.ok) onSaved()
    return result
  }, null)

  return (
    <form action={save} aria-label={`Roles of ${member.name}`} className="flex flex-wrap items-center gap-3 rounded-md bg-slate-50 px-3 py-2">
      {ROLES.map((role) => (
        <label key={role} className={`flex items-center gap-1.5 text-sm ${grantableRoles.includes(role) ? "" : "text-slate-400"}`}>
          <input type="checkbox" name="roles" value={role} defaultChecked={member.roles.includes(role)} disabled={!grantableRoles.includes(role)} />
          {ROLE_LABELS[role]}
        </label>
      ))}
      <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60">
        Save
      </button>
      {errorIn(state) ?? errorIn(state, "roles") ? (
        <p role="alert" className="w-full text-xs text-red-600">
          {errorIn(state) ?? errorIn(state, "roles")}
        </p>
      ) : null}
    </form>
  )
}
