"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useEffect, useRef, useState } from "react"
import { SelectField } from "@/components/field"
import { FormError } from "@/components/form-error"
import { RoleCheckboxes } from "@/components/role-checkboxes"
import { SubmitButton } from "@/components/submit-button"
import { announce } from "@/components/toaster"
import { checkedIn, errorIn, typedIn, type ActionResult } from "@/lib/actions/result"
import type { Role } from "@/lib/generated/prisma/enums"
import type { AddressOutcome } from "@/lib/invitations/bulk"
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales"
import { sendInvitationAction } from "@/lib/invitations/actions"
import { ROLES } from "@/lib/modules"

type Props = { accountId: string; grantableRoles: readonly Role[] }

const OUTCOME_STYLE: Record<AddressOutcome["outcome"], string> = {
  sent: "text-emerald-800",
  resent: "text-emerald-800",
  refused: "text-red-700",
  invalid: "text-red-700",
}

/**
 * Send Invitation: one or up to 20 addresses, the roles they get (each explained), the language of the invitation
 * (the inviter's unless changed), and what became of each.
 */
export function InviteForm({ accountId, grantableRoles }: Props) {
  const t = useTranslations("inviteForm")
  const inviterLocale = useLocale()
  const [open, setOpen] = useState(false)
  const [state, action] = useActionState<ActionResult<AddressOutcome[]> | null, FormData>(sendInvitationAction.bind(null, accountId), null)
  const checkedRoles = checkedIn(state, "roles")
  const outcomes = state?.ok ? (state.data ?? []) : []
  const results = useRef<HTMLDivElement>(null)
  const addresses = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    if (!state) return
    if (state.ok) {
      if (state.message) announce(state.message)
      results.current?.focus() // what became of each address, read first
    } else {
      addresses.current?.focus()
    }
  }, [state])

  if (!open) {
    return (
      <div className="mt-6">
        <button type="button" onClick={() => setOpen(true)} className="button-primary">
          {t("open")}
        </button>
      </div>
    )
  }
  const emailsError = errorIn(state, "emails")
  return (
    <div className="mt-6">
      <form action={action} noValidate className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <FormError message={errorIn(state)} />
        <div className="flex flex-col gap-1">
          <label htmlFor="invite-emails" className="text-sm font-medium text-slate-700">
            {t("emails")}
          </label>
          <textarea
            ref={addresses}
            id="invite-emails"
            name="emails"
            rows={3}
            autoFocus
            defaultValue={typedIn(state, "emails")}
            aria-invalid={emailsError ? true : undefined}
            aria-describedby={`invite-emails-hint${emailsError ? " invite-emails-error" : ""}`}
            className="rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 aria-invalid:border-red-600"
          />
          <p id="invite-emails-hint" className="text-xs text-slate-600">
            {t("emailsHint")}
          </p>
          {emailsError ? (
            <p id="invite-emails-error" className="text-sm text-red-700">
              {emailsError}
            </p>
          ) : null}
        </div>
        <RoleCheckboxes
          idPrefix="invite"
          grantableRoles={grantableRoles}
          checked={checkedRoles}
          checkedByDefault={() => true}
          error={errorIn(state, "roles")}
          note={grantableRoles.length < ROLES.length ? t("onlyYourRoles") : undefined}
        />
        <SelectField label={t("language")} name="locale" defaultValue={typedIn(state, "locale") ?? inviterLocale} error={errorIn(state, "locale")}>
          {LOCALES.map((option) => (
            <option key={option} value={option} lang={option}>
              {LOCALE_NAMES[option]}
            </option>
          ))}
        </SelectField>
        <div className="flex gap-3">
          <SubmitButton>{t("submit")}</SubmitButton>
          <button type="button" onClick={() => setOpen(false)} className="button-secondary">
            {t("close")}
          </button>
        </div>
        {outcomes.length > 0 ? (
          <div ref={results} tabIndex={-1} className="rounded-md bg-slate-50 px-3 py-2 focus:outline-none">
            <h3 className="text-sm font-medium text-slate-900">{state?.ok ? state.message : null}</h3>
            <ul aria-label={t("results")} className="mt-1 space-y-0.5 text-sm">
              {outcomes.map((outcome) => (
                <li key={outcome.email}>
                  {t.rich("outcome", {
                    email: outcome.email,
                    message: outcome.message,
                    address: (chunks) => <span className="font-medium text-slate-900">{chunks}</span>,
                    result: (chunks) => <span className={OUTCOME_STYLE[outcome.outcome]}>{chunks}</span>,
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </form>
    </div>
  )
}
