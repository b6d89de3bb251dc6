import { ActionButton } from "@/components/action-button"
import { RoleBadges } from "@/components/role-badges"
import { formatDateTime } from "@/lib/format"
import type { listPendingInvitations } from "@/lib/members/list"
import { cancelInvitationAction, resendInvitationAction } from "./actions"

type Props = { accountId: string } & Awaited<ReturnType<typeof listPendingInvitations>>

export function PendingInvitations({ accountId, invitations, total }: Props) {
  return (
    <div className="mt-10">
      <h2 className="text-lg font-semibold">Pending invitations</h2>
      {invitations.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No pending invitations.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" aria-label="Pending invitations">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div className="min-w-0">
                <p className="truncate font-medium text-slate-900">{invitation.email}</p>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  <RoleBadges roles={invitation.roles} />
                  <span>Invited by {invitation.invitedBy.name}</span>
                  <span>Expires {formatDateTime(invitation.expiresAt)}</span>
                  {invitation.mails[0]?.status === "FAILED" ? (
                    <span className="font-medium text-red-600">Email not delivered</span>
                  ) : null}
                </div>
              </div>
              <div className="flex gap-2">
                <ActionButton action={resendInvitationAction.bind(null, accountId, invitation.id)} label="Resend" />
                <ActionButton action={cancelInvitationAction.bind(null, accountId, invitation.id)} label="Cancel" variant="danger" />
              </div>
            </li>
          ))}
        </ul>
      )}
      {total > invitations.length ? (
        <p className="mt-2 text-xs text-slate-500">
          Showing the {invitations.length} newest of {total} pending invitations.
        </p>
      ) : null}
    </div>
  )
}
