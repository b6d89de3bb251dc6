"use client"

import Link from "next/link"
import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { ConfirmDialog } from "@/components/confirm-dialog"
import { FormError } from "@/components/form-error"
import { announce } from "@/components/toaster"
import { errorIn, type ActionResult } from "@/lib/actions/result"
import {
  deleteWebhookEndpointAction,
  revealWebhookSecretAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
  setWebhookEndpointEnabledAction,
} from "@/lib/webhooks/actions"

type Endpoint = { id: string; url: string; description: string; events: string; state: string; healthy: boolean; enabled: boolean; rotating: string | null }

/** One endpoint: what it receives and its state, its secret behind Reveal, and what can be done with it. */
export function EndpointCard({ accountId, endpoint }: { accountId: string; endpoint: Endpoint }) {
  const [secret, setSecret] = useState<string | null>(null)
  const [result, setResult] = useState<ActionResult | null>(null)
  const [deleting, setDeleting] = useState(false)
  const [pending, startTransition] = useTransition()
  const t = useTranslations("webhooks")
  const run = (action: () => Promise<ActionResult>) =>
    startTransition(async () => {
      const answer = await action()
      setResult(answer)
      if (answer.ok && answer.message) announce(answer.message)
    })
  const label = endpoint.description || endpoint.url
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4">
      <p className="break-all font-mono text-sm text-slate-900">{endpoint.url}</p>
      {endpoint.description ? <p className="text-sm text-slate-700">{endpoint.description}</p> : null}
      <p className="mt-1 text-xs text-slate-600">{endpoint.events}</p>
      <p className={`mt-1 text-xs ${endpoint.healthy ? "text-emerald-800" : "status-warning"}`}>{endpoint.state}</p>
      {endpoint.rotating ? <p className="mt-1 text-xs text-slate-600">{t("rotating", { date: endpoint.rotating })}</p> : null}
      {secret ? (
        <p className="mt-2 text-sm">
          {t("signingSecret")} <code className="break-all rounded bg-slate-100 px-1.5 py-0.5 font-mono" data-testid="webhook-secret">{secret}</code>
        </p>
      ) : null}
      <FormError message={errorIn(result)} />
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className="row-button"
          aria-label={t("revealOf", { endpoint: label })}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const answer = await revealWebhookSecretAction(accountId, endpoint.id)
              setResult(answer)
              if (answer.ok && answer.data) setSecret(answer.data.secret)
            })
          }
        >
          {t("reveal")}
        </button>
        <button
          type="button"
          className="row-button"
          aria-label={t("rotateOf", { endpoint: label })}
          disabled={pending}
          onClick={() => {
            setSecret(null)
            run(() => rotateWebhookSecretAction(accountId, endpoint.id))
          }}
        >
          {t("rotate")}
        </button>
        <button type="button" className="row-button" aria-label={t("sendTestTo", { endpoint: label })} disabled={pending} onClick={() => run(() => sendTestWebhookAction(accountId, endpoint.id))}>
          {t("sendTest")}
        </button>
        <button
          type="button"
          className="row-button"
          aria-label={endpoint.enabled ? t("disableEndpoint", { endpoint: label }) : t("enableEndpoint", { endpoint: label })}
          disabled={pending}
          onClick={() => run(() => setWebhookEndpointEnabledAction(accountId, endpoint.id, !endpoint.enabled))}
        >
          {endpoint.enabled ? t("disable") : t("enable")}
        </button>
        <Link href={`/accounts/${accountId}/settings/apis/webhooks/${endpoint.id}`} className="row-button" aria-label={t("deliveryLogOf", { endpoint: label })}>
          {t("deliveryLog")}
        </Link>
        <button type="button" className="row-button-danger" aria-label={t("deleteEndpoint", { endpoint: label })} onClick={() => setDeleting(true)}>
          {t("delete")}
        </button>
      </div>
      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        title={t("deleteTitle", { endpoint: label })}
        message={t("deleteMessage")}
        confirmLabel={t("deleteConfirm")}
        keepLabel={t("keep")}
        action={() => deleteWebhookEndpointAction(accountId, endpoint.id)}
        onDone={(answer) => {
          if (answer.ok && answer.message) announce(answer.message)
          document.getElementById("endpoints-heading")?.focus()
        }}
      />
    </li>
  )
}
