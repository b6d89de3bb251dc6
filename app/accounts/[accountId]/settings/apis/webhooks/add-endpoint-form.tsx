"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { Field } from "@/components/field"
import { FormError } from "@/components/form-error"
import { SubmitButton } from "@/components/submit-button"
import { announce } from "@/components/toaster"
import { checkedIn, errorIn, typedIn, type ActionResult } from "@/lib/actions/result"
import { addWebhookEndpointAction } from "@/lib/webhooks/actions"

/** Add endpoint: URL (https), a description, and the events to send (every one by default). */
export function AddEndpointForm({ accountId, eventTypes }: { accountId: string; eventTypes: string[] }) {
  const [open, setOpen] = useState(false)
  const t = useTranslations("webhooks")
  const [state, action] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const result = await addWebhookEndpointAction(accountId, previous, form)
    if (result.ok) {
      if (result.message) announce(result.message)
      setOpen(false)
    }
    return result
  }, null)
  const checked = checkedIn(state, "events")
  if (!open) {
    return (
      <div className="mt-6">
        <button type="button" className="button-primary" onClick={() => setOpen(true)}>
          {t("add")}
        </button>
      </div>
    )
  }
  return (
    <form action={action} noValidate className="mt-6 flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h2 className="text-lg font-semibold">{t("add")}</h2>
      <FormError message={errorIn(state)} />
      <Field label={t("url")} name="url" id="endpoint-url" type="url" defaultValue={typedIn(state, "url")} hint={t("urlHint")} error={errorIn(state, "url")} />
      <Field label={t("description")} name="description" id="endpoint-description" defaultValue={typedIn(state, "description")} error={errorIn(state, "description")} />
      <fieldset aria-describedby={errorIn(state, "events") ? "endpoint-events-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">{t("events")}</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {eventTypes.map((type) => (
            <label key={`${type}-${checked?.join() ?? "all"}`} className="flex items-center gap-2 font-mono text-sm text-slate-800">
              <input type="checkbox" name="events" value={type} defaultChecked={checked ? checked.includes(type) : true} />
              {type}
            </label>
          ))}
        </div>
        {errorIn(state, "events") ? (
          <p id="endpoint-events-error" className="mt-1 text-sm text-red-700">
            {errorIn(state, "events")}
          </p>
        ) : null}
      </fieldset>
      <div className="flex gap-3">
        <SubmitButton>{t("add")}</SubmitButton>
        <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
          {t("close")}
        </button>
      </div>
    </form>
  )
}
