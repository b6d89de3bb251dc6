"use client"

import { rowButtonClass } from "@/components/button-classes"
import { RoleBadges } from "@/components/role-badges"
import { RowError } from "./row-error"
import { useRowActions } from "./use-row-actions"
import type { Role } from "@/lib/generated/prisma/enums"
import { cancelInvitationAction, resendInvitationAction } from "@/lib/invitations/actions"

export type InvitationRow = { id: string; email: string; roles: Role[]; invitedBy: string; expires: string; undelivered: boolean }

/** The pending invitation rows of Settings → Users, rendered from plain data, with Resend and Cancel. */
export function InvitationRows({ accountId, rows }: { accountId: string; rows: InvitationRow[] }) {
  const { run, errorOf, isRunning } = useRowActions()
  return rows.map((invitation) => (
    <li key={invitation.id} className="row">
      <div className="min-w-0">
        <p className="truncate font-medium text-slate-900">{invitation.email}</p>
        <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
          <RoleBadges roles={invitation.roles} />
          <span>{`Invited by ${invitation.invitedBy}`}</span>
          <span>{`Expires ${invitation.expires}`}</span>
          {invitation.undelivered ? <span className="font-medium text-red-600">Email not delivered</span> : null}
        </div>
      </div>
      <div className="flex flex-col items-end gap-1">
        <div className="flex gap-2">
          <button type="button" disabled={isRunning(invitation.id)} onClick={() => run(invitation.id, () => resendInvitationAction(accountId, invitation.id))} className={rowButtonClass()}>
            Resend
          </button>
          <button type="button" disabled={isRunning(invitation.id)} onClick={() => run(invitation.id, () => cancelInvitationAction(accountId, invitation.id))} className={rowButtonClass("danger")}>
            Cancel
          </button>
        </div>
        <RowError message={errorOf(invitation.id)} />
      </div>
    </li>
  ))
}
