"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import type { Actor } from "@/lib/actions/authorize"
import { formData, refused, serverAction, type ActionResult } from "@/lib/actions/server-action"
import { idField } from "@/lib/fields"
import { requestTranslator } from "@/lib/i18n/request-locale"
import {
  addEndpoint,
  deleteEndpoint,
  endpointLabel,
  ENDPOINTS_AT_MOST,
  resendDelivery,
  revealSecret,
  rotateSecret,
  sendTestEvent,
  setEndpointEnabled,
  type EndpointRefusal,
} from "./endpoints"
import { EVENT_TYPES } from "./events"
import { errorKey } from "@/lib/i18n/error-keys"

const WEBHOOKS = { kind: "module", module: "settings/apis" } as const
const endpointId = idField(errorKey("endpointMissing"))
const CONTROL = /[\p{Cc}\p{Cf}]/u

const endpointForm = formData(
  {
    url: z.string({ error: errorKey("endpointUrlMissing") }).trim().min(1, { error: errorKey("endpointUrlMissing") }).max(2000, { error: errorKey("endpointUrlTooLong") }),
    description: z
      .string()
      .trim()
      .max(200, { error: errorKey("descriptionTooLong") })
      .refine((text) => !CONTROL.test(text), { error: errorKey("descriptionControl") })
      .default(""),
    events: z.array(z.enum(EVENT_TYPES, { error: errorKey("eventsUnknown") })).min(1, { error: errorKey("eventsMissing") }),
  },
  ["events"],
)

const webhooksPath = (actor: Actor) => `/accounts/${actor.access.accountId}/settings/apis/webhooks`

/** A refused change, in the reader's language. */
async function refusal({ reason }: EndpointRefusal, field = "form") {
  const t = await requestTranslator("webhooks")
  return refused(t(`refusals.${reason}`, { max: ENDPOINTS_AT_MOST }), field)
}

/** The page shown again after a change, and its toast, given the endpoint's label. */
async function done(actor: Actor, result: { ok: true; label?: string } | EndpointRefusal, message: (endpoint: string) => string): Promise<ActionResult> {
  if (!result.ok) return refusal(result)
  revalidatePath(webhooksPath(actor), "layout")
  return { ok: true, message: message(result.label ?? "") }
}

export const addWebhookEndpointAction = serverAction(WEBHOOKS, [z.unknown(), endpointForm], async (actor, _previous, form) => {
  const added = await addEndpoint(actor, form)
  if (!added.ok) return refusal(added, added.field)
  revalidatePath(webhooksPath(actor), "layout")
  const t = await requestTranslator("webhooks")
  return { ok: true, message: t("added", { endpoint: endpointLabel(form) }) }
})

export type RevealedSecret = { secret: string }

export const revealWebhookSecretAction = serverAction(WEBHOOKS, [endpointId], async (actor, id): Promise<ActionResult<RevealedSecret>> => {
  const revealed = await revealSecret(actor, id)
  return revealed.ok ? { ok: true, data: { secret: revealed.secret } } : refusal(revealed)
})

export const rotateWebhookSecretAction = serverAction(WEBHOOKS, [endpointId], async (actor, id) => {
  const t = await requestTranslator("webhooks")
  return done(actor, await rotateSecret(actor, id), (endpoint) => t("rotated", { endpoint }))
})

export const setWebhookEndpointEnabledAction = serverAction(WEBHOOKS, [endpointId, z.boolean({ error: errorKey("statusMissing") })], async (actor, id, enabled) => {
  const t = await requestTranslator("webhooks")
  return done(actor, await setEndpointEnabled(actor, id, enabled), (endpoint) => (enabled ? t("enabled", { endpoint }) : t("disabledToast", { endpoint })))
})

export const deleteWebhookEndpointAction = serverAction(WEBHOOKS, [endpointId], async (actor, id) => {
  const t = await requestTranslator("webhooks")
  return done(actor, await deleteEndpoint(actor, id), (endpoint) => t("deleted", { endpoint }))
})

export const resendWebhookDeliveryAction = serverAction(WEBHOOKS, [idField(errorKey("deliveryMissing"))], async (actor, id) => {
  const t = await requestTranslator("webhooks")
  return done(actor, await resendDelivery(actor, id), () => t("resent"))
})

export const sendTestWebhookAction = serverAction(WEBHOOKS, [endpointId], async (actor, id) => {
  const t = await requestTranslator("webhooks")
  return done(actor, await sendTestEvent(actor, id), (endpoint) => t("testSent", { endpoint }))
})
