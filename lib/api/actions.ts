"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { formData, refused, serverAction, type ActionResult } from "@/lib/actions/server-action"
import { idField, rolesField } from "@/lib/fields"
import { KEY_LIFETIMES } from "./keys"
import { createApiKey, revokeApiKey } from "./manage"

const API_KEYS = { kind: "module", module: "settings/apis" } as const
const CONTROL = /[\p{Cc}\p{Cf}]/u

const keyForm = formData(
  {
    name: z
      .string({ error: "Name the key, e.g. after what uses it." })
      .trim()
      .min(1, { error: "Name the key, e.g. after what uses it." })
      .max(60, { error: "Keep the name under 60 characters." })
      .refine((name) => !CONTROL.test(name), { error: "The name cannot contain control or invisible characters." }),
    roles: rolesField,
    expires: z.enum(KEY_LIFETIMES, { error: "Choose when the key expires." }),
  },
  ["roles"],
)

export type CreatedKey = { key: string; name: string }

/** Create API key: shown once, in the answer; only its hash is kept. */
export const createApiKeyAction = serverAction(API_KEYS, [z.unknown(), keyForm], async (actor, _previous, form): Promise<ActionResult<CreatedKey>> => {
  const created = await createApiKey(actor, { name: form.name, roles: form.roles, lifetime: form.expires })
  if (!created.ok) return refused(created.message, created.field ?? "form")
  revalidatePath(`/accounts/${actor.access.accountId}/settings/apis`)
  return { ok: true, message: `API key ${form.name} created. Copy it now: it is shown only once.`, data: { key: created.key, name: form.name } }
})

export const revokeApiKeyAction = serverAction(API_KEYS, [idField("This key does not exist.")], async (actor, keyId) => {
  const revoked = await revokeApiKey(actor, keyId)
  if (!revoked.ok) return refused(revoked.message)
  revalidatePath(`/accounts/${actor.access.accountId}/settings/apis`)
  return { ok: true, message: `API key ${revoked.name} revoked` }
})
