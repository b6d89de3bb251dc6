"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { formData, refused, serverAction, type ActionResult } from "@/lib/actions/server-action"
import { idField, rolesField } from "@/lib/fields"
import { roleNames, translatorFor } from "@/lib/i18n/catalogs"
import { requestPreferences, requestTranslator } from "@/lib/i18n/request-locale"
import { KEY_LIFETIMES } from "./lifetimes"
import { ACTIVE_KEYS_AT_MOST, createApiKey, revokeApiKey, type KeyRefusal } from "./manage"
import { errorKey } from "@/lib/i18n/error-keys"

const API_KEYS = { kind: "module", module: "settings/apis" } as const
const CONTROL = /[\p{Cc}\p{Cf}]/u

const keyForm = formData(
  {
    name: z
      .string({ error: errorKey("keyNameMissing") })
      .trim()
      .min(1, { error: errorKey("keyNameMissing") })
      .max(60, { error: errorKey("keyNameTooLong") })
      .refine((name) => !CONTROL.test(name), { error: errorKey("nameControl") }),
    roles: rolesField,
    expires: z.enum(KEY_LIFETIMES, { error: errorKey("keyExpiryMissing") }),
  },
  ["roles"],
)

export type CreatedKey = { key: string; name: string }

/** A refused change of keys, in the reader's language, the roles it names by their names in that language. */
async function refusal({ reason, roles = [] }: KeyRefusal, field = "form") {
  const { locale } = await requestPreferences()
  const t = translatorFor(locale, "apiKeys")
  return refused(t(`refusals.${reason}`, { roles: roleNames(locale, roles), max: ACTIVE_KEYS_AT_MOST }), field)
}

/** Create API key: shown once, in the answer; only its hash is kept. */
export const createApiKeyAction = serverAction(API_KEYS, [z.unknown(), keyForm], async (actor, _previous, form): Promise<ActionResult<CreatedKey>> => {
  const created = await createApiKey(actor, { name: form.name, roles: form.roles, lifetime: form.expires })
  if (!created.ok) return refusal(created, created.field)
  revalidatePath(`/accounts/${actor.access.accountId}/settings/apis`)
  const t = await requestTranslator("apiKeys")
  return { ok: true, message: t("createdToast", { name: form.name }), data: { key: created.key, name: form.name } }
})

export const revokeApiKeyAction = serverAction(API_KEYS, [idField(errorKey("keyMissing"))], async (actor, keyId) => {
  const revoked = await revokeApiKey(actor, keyId)
  if (!revoked.ok) return refusal(revoked)
  revalidatePath(`/accounts/${actor.access.accountId}/settings/apis`)
  const t = await requestTranslator("apiKeys")
  return { ok: true, message: t("revokedToast", { name: revoked.name }) }
})
