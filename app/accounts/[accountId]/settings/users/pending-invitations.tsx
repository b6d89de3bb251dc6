import { formatDateTime } from "@/lib/format"
import type { listPendingInvitations } from "@/lib/invitations/pending"
import { InvitationRows } from "./invitation-rows"

type Props = { accountId: string } & Awaited<ReturnType<typeof listPendingInvitations>>

export function PendingInvitations({ accountId, invitations, total }: Props) {
  return (
    <div className="mt-10">
      <h2 className="text-lg font-semibold">Pending invitations</h2>
      {invitations.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No pending invitations.</p>
      ) : (
        <ul className="row-list" aria-label="Pending invitations">
          <InvitationRows
            accountId={accountId}
            rows={invitations.map((invitation) => ({
              id: invitation.id,
              email: invitation.email,
              roles: invitation.roles,
              invitedBy: invitation.invitedByName,
              expires: formatDateTime(invitation.expiresAt),
              undelivered: invitation.lastMailStatus === "FAILED",
            }))}
          />
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
