"use client"

import Link from "next/link"
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

type Endpoint = { id: string; url: string; description: string; events: string; state: string; enabled: boolean; rotating: string | null }

/** One endpoint: what it receives and its state, its secret behind Reveal, and what can be done with it. */
export function EndpointCard({ accountId, endpoint }: { accountId: string; endpoint: Endpoint }) {
  const [secret, setSecret] = useState<string | null>(null)
  const [result, setResult] = useState<ActionResult | null>(null)
  const [deleting, setDeleting] = useState(false)
  const [pending, startTransition] = useTransition()
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
      <p className={`mt-1 text-xs ${endpoint.state === "Active" ? "text-emerald-800" : "status-warning"}`}>{endpoint.state}</p>
      {endpoint.rotating ? <p className="mt-1 text-xs text-slate-600">{`The previous secret also signs until ${endpoint.rotating}.`}</p> : null}
      {secret ? (
        <p className="mt-2 text-sm">
          Signing secret: <code className="break-all rounded bg-slate-100 px-1.5 py-0.5 font-mono" data-testid="webhook-secret">{secret}</code>
        </p>
      ) : null}
      <FormError message={errorIn(result)} />
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className="row-button"
          aria-label={`Reveal the signing secret of ${label}`}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const answer = await revealWebhookSecretAction(accountId, endpoint.id)
              setResult(answer)
              if (answer.ok && answer.data) setSecret(answer.data.secret)
            })
          }
        >
          Reveal
        </button>
        <button
          type="button"
          className="row-button"
          aria-label={`Rotate secret of ${label}`}
          disabled={pending}
          onClick={() => {
            setSecret(null)
            run(() => rotateWebhookSecretAction(accountId, endpoint.id))
          }}
        >
          Rotate secret
        </button>
        <button type="button" className="row-button" aria-label={`Send test event to ${label}`} disabled={pending} onClick={() => run(() => sendTestWebhookAction(accountId, endpoint.id))}>
          Send test event
        </button>
        <button
          type="button"
          className="row-button"
          aria-label={`${endpoint.enabled ? "Disable" : "Enable"} ${label}`}
          disabled={pending}
          onClick={() => run(() => setWebhookEndpointEnabledAction(accountId, endpoint.id, !endpoint.enabled))}
        >
          {endpoint.enabled ? "Disable" : "Enable"}
        </button>
        <Link href={`/accounts/${accountId}/settings/apis/webhooks/${endpoint.id}`} className="row-button" aria-label={`Delivery log of ${label}`}>
          Delivery log
        </Link>
        <button type="button" className="row-button-danger" aria-label={`Delete ${label}`} onClick={() => setDeleting(true)}>
          Delete
        </button>
      </div>
      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        title={`Delete ${label}?`}
        message="Nothing more is sent to it, and its delivery log goes with it."
        confirmLabel="Delete endpoint"
        keepLabel="Keep endpoint"
        action={() => deleteWebhookEndpointAction(accountId, endpoint.id)}
        onDone={(answer) => {
          if (answer.ok && answer.message) announce(answer.message)
          document.getElementById("endpoints-heading")?.focus()
        }}
      />
    </li>
  )
}
