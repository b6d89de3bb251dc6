"use client"

import { useTranslations } from "next-intl"
import { Dialog } from "radix-ui"
import { useActionState, useState } from "react"
import { ConfirmDialog } from "@/components/confirm-dialog"
import { RoleBadges } from "@/components/role-badges"
import { RoleOpens } from "@/components/role-explained"
import { announce } from "@/components/toaster"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"
import { changeRolesAction, removeMemberAction, setMemberStatusAction } from "@/lib/members/actions"
import { ROLES } from "@/lib/modules"
import { RowError } from "./row-error"
import { useRowActions } from "./use-row-actions"

export type MemberRow = { id: string; name: string; email: string; roles: Role[]; status: MembershipStatus; since: string; isViewer: boolean; twoFactor: boolean }
type OwnerRow = { name: string; email: string; since: string; isViewer: boolean; twoFactor: boolean }
type Props = { accountId: string; owner: OwnerRow | null; rows: MemberRow[]; grantableRoles: readonly Role[]; requireTwoFactor: boolean }

const announceResult = (result: ActionResult) => {
  if (result.ok && result.message) announce(result.message)
}

/**
 * The Members table of Settings → Users: name and email, roles, status, and the actions on each member (Edit roles,
 * Disable/Enable, Delete), every button named with the person it acts on. Rendered from plain data, with the table
 * holding the state of its rows.
 */
export function MemberTable({ accountId, owner, rows, grantableRoles, requireTwoFactor }: Props) {
  const [editing, setEditing] = useState<MemberRow | null>(null)
  const [deleting, setDeleting] = useState<MemberRow | null>(null)
  const { run, errorOf, isRunning } = useRowActions()
  const t = useTranslations("members")
  const common = useTranslations("common")
  const fields = useTranslations("fields")
  const roleName = useTranslations("roles")

  return (
    <>
      <div className="table-frame">
        <table role="table" aria-label={t("heading")} className="data-table">
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">{fields("name")}</th>
              <th role="columnheader" scope="col">{common("roles")}</th>
              <th role="columnheader" scope="col">{common("status")}</th>
              <th role="columnheader" scope="col">
                <span className="sr-only">{common("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {owner ? (
              <tr role="row">
                <td role="cell">
                  <Person name={owner.name} email={owner.email} isViewer={owner.isViewer} />
                </td>
                <td role="cell">
                  <span className="badge-owner">{roleName("OWNER")}</span>
                </td>
                <td role="cell" className="text-sm text-slate-700">
                  {t("ownerSince", { date: owner.since })}
                  <TwoFactorState on={owner.twoFactor} required={requireTwoFactor} />
                </td>
                <td role="cell" />
              </tr>
            ) : null}
            {rows.map((member) => {
              const outranks = !member.roles.every((role) => grantableRoles.includes(role))
              return (
                <tr role="row" key={member.id}>
                  <td role="cell">
                    <Person name={member.name} email={member.email} isViewer={member.isViewer} />
                  </td>
                  <td role="cell">
                    <RoleBadges roles={member.roles} />
                  </td>
                  <td role="cell" className="text-sm">
                    {member.status === "ACTIVE" ? (
                      <span className="text-emerald-800">{t("activeSince", { date: member.since })}</span>
                    ) : (
                      <span className="status-warning">{t("deactivatedSince", { date: member.since })}</span>
                    )}
                    <TwoFactorState on={member.twoFactor} required={requireTwoFactor} />
                  </td>
                  <td role="cell" className="text-right">
                    {member.isViewer ? null : outranks ? (
                      <span className="text-xs text-slate-600">{t("outranks")}</span>
                    ) : (
                      <div className="row-actions">
                        <button type="button" aria-label={t("editRolesOf", { name: member.name })} onClick={() => setEditing(member)} className="row-button">
                          {t("editRoles")}
                        </button>
                        <button
                          type="button"
                          aria-label={member.status === "ACTIVE" ? t("disableAccessOf", { name: member.name }) : t("enableAccessOf", { name: member.name })}
                          disabled={isRunning(member.id)}
                          onClick={() =>
                            run(member.id, () => setMemberStatusAction(accountId, member.id, member.status === "ACTIVE" ? "DISABLED" : "ACTIVE"), announceResult)
                          }
                          className="row-button"
                        >
                          {member.status === "ACTIVE" ? t("disable") : t("enable")}
                        </button>
                        <button type="button" aria-label={t("deleteAccessOf", { name: member.name })} onClick={() => setDeleting(member)} className="row-button-danger">
                          {t("delete")}
                        </button>
                      </div>
                    )}
                    <RowError message={errorOf(member.id)} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {editing ? <RolesDialog key={editing.id} accountId={accountId} member={editing} grantableRoles={grantableRoles} onClose={() => setEditing(null)} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t("deleteTitle", { name: deleting?.name ?? "" })}
        message={t("deleteMessage")}
        confirmLabel={t("deleteConfirm")}
        keepLabel={t("deleteKeep")}
        action={() => removeMemberAction(accountId, deleting!.id)}
        onDone={(result) => {
          announceResult(result)
          document.getElementById("members-heading")?.focus() // the row is gone: its table's heading
        }}
      />
    </>
  )
}

function Person({ name, email, isViewer }: { name: string; email: string; isViewer: boolean }) {
  const t = useTranslations("members")
  return (
    <>
      <p className="font-medium text-slate-900">
        {name}
        {isViewer ? <span className="ml-2 text-xs font-normal text-slate-600">{t("you")}</span> : null}
      </p>
      <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">{email}</p>
    </>
  )
}

type RolesDialogProps = { accountId: string; member: MemberRow; grantableRoles: readonly Role[]; onClose: () => void }

/** Edit roles, in a dialog over the table (the row does not move): each role with the modules it opens. */
function RolesDialog({ accountId, member, grantableRoles, onClose }: RolesDialogProps) {
  const [state, save, pending] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const result = await changeRolesAction(accountId, member.id, previous, form)
    if (result.ok) {
      announceResult(result)
      onClose()
    }
    return result
  }, null)
  const problem = errorIn(state) ?? errorIn(state, "roles")
  const t = useTranslations("roleDialog")
  const roleName = useTranslations("roles")
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl focus:outline-none">
          <Dialog.Title className="text-lg font-semibold text-slate-900">{t("title", { name: member.name })}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-600">{t("description")}</Dialog.Description>
          <form action={save} aria-label={t("title", { name: member.name })} className="mt-4 flex flex-col gap-3">
            {ROLES.map((role) => (
              <div key={role} className="flex items-start gap-2">
                <input
                  id={`edit-role-${role}`}
                  type="checkbox"
                  name="roles"
                  value={role}
                  defaultChecked={member.roles.includes(role)}
                  disabled={!grantableRoles.includes(role)}
                  aria-describedby={`edit-role-${role}-opens`}
                  className="mt-1"
                />
                <div>
                  <label htmlFor={`edit-role-${role}`} className="text-sm font-medium text-slate-900">
                    {roleName(role)}
                  </label>
                  <p id={`edit-role-${role}-opens`} className="text-xs text-slate-600">
                    <RoleOpens role={role} />
                  </p>
                </div>
              </div>
            ))}
            {problem ? (
              <p role="alert" className="text-sm text-red-700">
                {problem}
              </p>
            ) : null}
            <div className="mt-2 flex justify-end gap-3">
              <Dialog.Close className="button-secondary">{t("close")}</Dialog.Close>
              <button type="submit" disabled={pending} className="button-primary">
                {t("save")}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

/** Whether a person signs in with two-factor authentication; when the account requires it, without it they cannot get in. */
function TwoFactorState({ on, required }: { on: boolean; required: boolean }) {
  const t = useTranslations("members")
  if (on) return <span className="block text-xs text-slate-600">{t("twoFactorOn")}</span>
  return <span className={`block text-xs ${required ? "status-warning" : "text-slate-600"}`}>{required ? t("noTwoFactorLockedOut") : t("noTwoFactor")}</span>
}
