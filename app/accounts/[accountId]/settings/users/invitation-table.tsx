"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { ConfirmDialog } from "@/components/confirm-dialog"
import { RoleBadges } from "@/components/role-badges"
import { announce } from "@/components/toaster"
import type { Role } from "@/lib/generated/prisma/enums"
import { cancelInvitationAction, resendInvitationAction } from "@/lib/invitations/actions"
import { RowError } from "./row-error"
import { useRowActions } from "./use-row-actions"

export type InvitationRow = {
  id: string
  email: string
  roles: Role[]
  invitedBy: string
  expires: string
  expired: boolean
  undelivered: boolean
  /** Whether the viewer holds every role it gives (only then may they resend or cancel it). */
  manageable: boolean
}

/** The open invitations, with Resend and Cancel (which asks first); every button names its invitation. */
export function InvitationTable({ accountId, rows }: { accountId: string; rows: InvitationRow[] }) {
  const { run, errorOf, isRunning } = useRowActions()
  const [cancelling, setCancelling] = useState<InvitationRow | null>(null)
  const t = useTranslations("invitationList")
  const common = useTranslations("common")
  const fields = useTranslations("fields")
  return (
    <>
      <div className="table-frame">
        <table role="table" aria-label={t("heading")} className="data-table">
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">{fields("email")}</th>
              <th role="columnheader" scope="col">{common("roles")}</th>
              <th role="columnheader" scope="col">{common("status")}</th>
              <th role="columnheader" scope="col">
                <span className="sr-only">{common("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((invitation) => (
              <tr role="row" key={invitation.id}>
                <td role="cell">
                  <p className="font-medium text-slate-900 [overflow-wrap:anywhere]">{invitation.email}</p>
                  <p className="text-xs text-slate-600">{t("invitedBy", { name: invitation.invitedBy })}</p>
                </td>
                <td role="cell">
                  <RoleBadges roles={invitation.roles} />
                </td>
                <td role="cell" className="text-sm">
                  {invitation.expired ? (
                    <span className="status-warning">{t("expired")}</span>
                  ) : (
                    <span className="text-slate-700">{t("expires", { date: invitation.expires })}</span>
                  )}
                  {invitation.undelivered ? <p className="mt-1 font-medium text-red-700">{t("undelivered")}</p> : null}
                </td>
                <td role="cell" className="text-right">
                  {invitation.manageable ? (
                    <div className="row-actions">
                      <button
                        type="button"
                        aria-label={t("resendTo", { email: invitation.email })}
                        disabled={isRunning(invitation.id)}
                        onClick={() => run(invitation.id, () => resendInvitationAction(accountId, invitation.id), announceResult)}
                        className="row-button"
                      >
                        {t("resend")}
                      </button>
                      <button type="button" aria-label={t("cancelTo", { email: invitation.email })} onClick={() => setCancelling(invitation)} className="row-button-danger">
                        {t("cancel")}
                      </button>
                    </div>
                  ) : (
                    <span className="text-xs text-slate-600">{t("notHeld")}</span>
                  )}
                  <RowError message={errorOf(invitation.id)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={cancelling !== null}
        onClose={() => setCancelling(null)}
        title={t("cancelTitle", { email: cancelling?.email ?? "" })}
        message={t("cancelMessage")}
        confirmLabel={t("cancelConfirm")}
        keepLabel={t("cancelKeep")}
        action={() => cancelInvitationAction(accountId, cancelling!.id)}
        onDone={(result) => {
          announceResult(result)
          document.getElementById("pending-heading")?.focus() // the row is gone: its list's heading
        }}
      />
    </>
  )
}

function announceResult(result: { ok: boolean; message?: string }) {
  if (result.ok && result.message) announce(result.message)
}
