"use client"

import { useActionState, useState } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { checkedIn, errorIn, typedIn, type ActionResult } from "@/lib/actions/result"
import type { Role } from "@/lib/generated/prisma/enums"
import { ROLE_LABELS, ROLES } from "@/lib/modules"
import { sendInvitationAction } from "@/lib/invitations/actions"

type Props = { accountId: string; grantableRoles: readonly Role[] }

export function InviteForm({ accountId, grantableRoles }: Props) {
  const [open, setOpen] = useState(false)
  const [state, action] = useActionState<ActionResult | null, FormData>(sendInvitationAction.bind(null, accountId), null)
  const checkedRoles = checkedIn(state, "roles")

  return (
    <div className="mt-6">
      {state?.ok ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {state.message}
        </p>
      ) : null}
      {open ? (
        <form action={action} noValidate className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h2 className="text-lg font-semibold">Invite someone to this account</h2>
          <FormError message={errorIn(state)} />
          <Field label="Email address" name="email" type="email" autoComplete="off" defaultValue={typedIn(state, "email")} error={errorIn(state, "email")} />
          <fieldset aria-describedby={errorIn(state, "roles") ? "roles-error" : undefined}>
            <legend className="text-sm font-medium text-slate-700">Roles</legend>
            <div className="mt-2 flex flex-wrap gap-4">
              {ROLES.map((role) => {
                const grantable = grantableRoles.includes(role)
                return (
                  <label key={role} className={`flex items-center gap-2 text-sm ${grantable ? "" : "text-slate-400"}`}>
                    <input
                      key={`${role}-${checkedRoles?.join() ?? "default"}`}
                      type="checkbox"
                      name="roles"
                      value={role}
                      defaultChecked={grantable && (checkedRoles?.includes(role) ?? true)}
                      disabled={!grantable}
                    />
                    {ROLE_LABELS[role]}
                  </label>
                )
              })}
            </div>
            {grantableRoles.length < ROLES.length ? (
              <p className="mt-1 text-xs text-slate-500">You can only grant roles you hold yourself.</p>
            ) : null}
            {errorIn(state, "roles") ? (
              <p id="roles-error" className="mt-1 text-sm text-red-600">
                {errorIn(state, "roles")}
              </p>
            ) : null}
          </fieldset>
          <div className="flex gap-3">
            <SubmitButton>Send request</SubmitButton>
            <button type="button" onClick={() => setOpen(false)} className="rounded-md px-4 py-2 text-slate-600 hover:bg-slate-100">
              Close
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-indigo-500"
        >
          Send Invitation
        </button>
      )}
    </div>
  )
}
