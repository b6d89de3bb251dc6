import { useTranslations } from "next-intl"
import { formatDateTime, type Reader } from "@/lib/format"
import type { listOpenInvitations } from "@/lib/invitations/open"
import { InvitationTable } from "./invitation-table"

type Props = { accountId: string; grantableRoles: readonly string[]; reader: Reader } & Awaited<ReturnType<typeof listOpenInvitations>>

/** The account's open invitations: waiting for an answer, or expired until they are resent or cancelled. */
export function PendingInvitations({ accountId, grantableRoles, reader, invitations, total }: Props) {
  const t = useTranslations("invitationList")
  return (
    <section aria-labelledby="pending-heading" className="mt-10">
      <h2 id="pending-heading" tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        {t("heading")}
      </h2>
      {invitations.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <InvitationTable
          accountId={accountId}
          rows={invitations.map((invitation) => ({
            id: invitation.id,
            email: invitation.email,
            roles: invitation.roles,
            invitedBy: invitation.invitedByName,
            expires: formatDateTime(invitation.expiresAt, reader),
            expired: invitation.expired,
            undelivered: invitation.lastMailStatus === "FAILED",
            manageable: invitation.roles.every((role) => grantableRoles.includes(role)),
          }))}
        />
      )}
      {total > invitations.length ? <p className="mt-2 text-xs text-slate-600">{t("showing", { shown: invitations.length, total })}</p> : null}
    </section>
  )
}
