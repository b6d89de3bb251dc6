"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import type { Actor } from "@/lib/actions/authorize"
import { formData, refused, serverAction, type ActionResult } from "@/lib/actions/server-action"
import { idField } from "@/lib/fields"
import { addEndpoint, deleteEndpoint, endpointLabel, resendDelivery, revealSecret, rotateSecret, sendTestEvent, setEndpointEnabled } from "./endpoints"
import { EVENT_TYPES } from "./events"

const WEBHOOKS = { kind: "module", module: "settings/apis" } as const
const endpointId = idField("This endpoint does not exist in this account.")
const CONTROL = /[\p{Cc}\p{Cf}]/u

const endpointForm = formData(
  {
    url: z.string({ error: "Enter the endpoint's URL." }).trim().min(1, { error: "Enter the endpoint's URL." }).max(2000, { error: "Keep the URL under 2,000 characters." }),
    description: z
      .string()
      .trim()
      .max(200, { error: "Keep the description under 200 characters." })
      .refine((text) => !CONTROL.test(text), { error: "The description cannot contain control or invisible characters." })
      .default(""),
    events: z.array(z.enum(EVENT_TYPES, { error: "Choose events from the list." })).min(1, { error: "Choose at least one event." }),
  },
  ["events"],
)

const webhooksPath = (actor: Actor) => `/accounts/${actor.access.accountId}/settings/apis/webhooks`
type Named = { ok: true; label: string } | { ok: false; message: string }
const done = (actor: Actor, result: Named | { ok: true } | { ok: false; message: string }, message: (label: string) => string): ActionResult => {
  if (!result.ok) return refused(result.message)
  revalidatePath(webhooksPath(actor), "layout")
  return { ok: true, message: message("label" in result ? result.label : "") }
}

export const addWebhookEndpointAction = serverAction(WEBHOOKS, [z.unknown(), endpointForm], async (actor, _previous, form) => {
  const added = await addEndpoint(actor, form)
  if (!added.ok) return refused(added.message, added.field ?? "form")
  revalidatePath(webhooksPath(actor), "layout")
  return { ok: true, message: `Endpoint ${endpointLabel(form)} added. Reveal its signing secret to verify what it receives.` }
})

export type RevealedSecret = { secret: string }

export const revealWebhookSecretAction = serverAction(WEBHOOKS, [endpointId], async (actor, id): Promise<ActionResult<RevealedSecret>> => {
  const revealed = await revealSecret(actor, id)
  return revealed.ok ? { ok: true, data: { secret: revealed.secret } } : refused(revealed.message)
})

export const rotateWebhookSecretAction = serverAction(WEBHOOKS, [endpointId], async (actor, id) =>
  done(actor, await rotateSecret(actor, id), (label) => `Secret of ${label} rotated. The old one also signs for 24 hours.`),
)

export const setWebhookEndpointEnabledAction = serverAction(WEBHOOKS, [endpointId, z.boolean({ error: "Choose Enable or Disable." })], async (actor, id, enabled) =>
  done(actor, await setEndpointEnabled(actor, id, enabled), (label) => (enabled ? `Endpoint ${label} enabled` : `Endpoint ${label} disabled`)),
)

export const deleteWebhookEndpointAction = serverAction(WEBHOOKS, [endpointId], async (actor, id) => done(actor, await deleteEndpoint(actor, id), (label) => `Endpoint ${label} deleted`))

export const resendWebhookDeliveryAction = serverAction(WEBHOOKS, [idField("This delivery does not exist.")], async (actor, id) =>
  done(actor, await resendDelivery(actor, id), () => "Delivery queued again: the same event, with the same webhook-id"),
)

export const sendTestWebhookAction = serverAction(WEBHOOKS, [endpointId], async (actor, id) => done(actor, await sendTestEvent(actor, id), (label) => `Test event on its way to ${label}`))
