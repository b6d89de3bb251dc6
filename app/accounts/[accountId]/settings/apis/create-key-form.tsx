"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { RoleCheckboxes } from "@/components/role-checkboxes"
import { SubmitButton } from "@/components/submit-button"
import { announce } from "@/components/toaster"
import { checkedIn, errorIn, typedIn, type ActionResult } from "@/lib/actions/result"
import { createApiKeyAction, type CreatedKey } from "@/lib/api/actions"
import { KEY_LIFETIMES } from "@/lib/api/lifetimes"
import type { Role } from "@/lib/generated/prisma/enums"

/** Create API key: a name, the roles (only those the creator holds), when it expires; the key is shown once. */
export function CreateKeyForm({ accountId, grantableRoles }: { accountId: string; grantableRoles: readonly Role[] }) {
  const [open, setOpen] = useState(false)
  const [created, setCreated] = useState<CreatedKey | null>(null)
  const [copied, setCopied] = useState(false)
  const t = useTranslations("apiKeys")
  const fields = useTranslations("fields")
  const [state, action] = useActionState(async (previous: ActionResult<CreatedKey> | null, form: FormData) => {
    const result = await createApiKeyAction(accountId, previous, form)
    if (result.ok && result.data) {
      if (result.message) announce(result.message)
      setCreated(result.data)
      setCopied(false)
      setOpen(false)
    }
    return result
  }, null)
  const checked = checkedIn(state, "roles")
  return (
    <div className="mt-6 flex flex-col gap-4">
      {created ? (
        <section aria-labelledby="new-key-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="new-key-heading" className="font-semibold text-slate-900">{t("newKey", { name: created.name })}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("copyNow")}</p>
          <code data-testid="new-api-key" className="mt-2 block break-all rounded bg-white px-2 py-1.5 font-mono text-sm text-slate-900">
            {created.key}
          </code>
          <div className="mt-2 flex items-center gap-3">
            <button type="button" className="row-button" onClick={() => void navigator.clipboard.writeText(created.key).then(() => setCopied(true))}>
              {t("copy")}
            </button>
            <span role="status" className="text-sm text-emerald-800">
              {copied ? t("copied") : ""}
            </span>
          </div>
        </section>
      ) : null}
      {open ? (
        <form action={action} noValidate className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h2 className="text-lg font-semibold">{t("create")}</h2>
          <FormError message={errorIn(state)} />
          <Field label={fields("name")} name="name" id="key-name" defaultValue={typedIn(state, "name")} hint={t("nameHint")} error={errorIn(state, "name")} />
          <RoleCheckboxes
            idPrefix="key"
            grantableRoles={grantableRoles}
            checked={checked}
            checkedByDefault={(role) => role === "ADMIN"}
            error={errorIn(state, "roles")}
            note={t("rolesNote")}
          />
          <div className="flex flex-col gap-1">
            <label htmlFor="key-expires" className="text-sm font-medium text-slate-700">
              {t("expires")}
            </label>
            <select id="key-expires" name="expires" defaultValue={typedIn(state, "expires") ?? "90"} className="max-w-xs rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900">
              {KEY_LIFETIMES.map((lifetime) => (
                <option key={lifetime} value={lifetime}>
                  {lifetime === "never" ? t("expiresNever") : t("expiresIn", { days: Number(lifetime) })}
                </option>
              ))}
            </select>
          </div>
          <div className="flex gap-3">
            <SubmitButton>{t("create")}</SubmitButton>
            <button type="button" onClick={() => setOpen(false)} className="button-secondary">
              {t("close")}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button type="button" onClick={() => setOpen(true)} className="button-primary">
            {t("create")}
          </button>
        </div>
      )}
    </div>
  )
}
