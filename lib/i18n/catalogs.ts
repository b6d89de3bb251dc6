import { createTranslator } from "use-intl/core"
import type { Role } from "@/lib/generated/prisma/enums"
import { readErrorKey, type ErrorKey } from "./error-keys"
import type { Locale } from "./locales"
import en from "./messages/en.json"
import fr from "./messages/fr.json"

/** Every message, by language: lib/i18n/messages/*.json, the same keys in each (catalogs.test.ts). */
export const CATALOGS: Record<Locale, typeof en> = { en, fr }

/**
 * The namespaces client components read, the only ones sent to the browser with each page (the rest stay on the
 * server). catalogs.test.ts fails when a client component reads one that is missing here.
 */
export const BROWSER_NAMESPACES = [
  "fields", "language", "signIn", "signUp", "forgotPassword", "resetPassword", "twoFactorStep", "preferences", "shell", "roles", "modules", "common",
  "members", "roleDialog", "invitationList", "accountSettings", "apiKeys", "webhooks", "password", "sessions", "twoFactor", "deleteUser", "inviteForm",
] as const

export function browserMessages(locale: Locale) {
  return Object.fromEntries(BROWSER_NAMESPACES.map((namespace) => [namespace, CATALOGS[locale][namespace]]))
}

/**
 * Messages in a chosen language, outside a page's rendering: what an action answers in the language the person
 * just chose, or what a mail says in its recipient's.
 */
export function translatorFor<Namespace extends keyof typeof en>(locale: Locale, namespace: Namespace) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace })
}

/**
 * A form error written in `locale` when it is an errorKey (any other message as it is). A `roles` value holds role
 * codes ("ADMIN,BILLING"), written as the roles' names in that language.
 */
export function errorIn(locale: Locale, message: string): string {
  const marker = readErrorKey(message)
  if (!marker || !Object.hasOwn(CATALOGS[locale].errors, marker.key)) return message
  const { key, values } = marker
  const named = values?.roles === undefined ? values : { ...values, roles: roleNames(locale, String(values.roles).split(",") as Role[]) }
  return translatorFor(locale, "errors")(key as ErrorKey, named)
}

/** Roles by name in `locale`, as refusals list them ("Technical, Admin"). */
export function roleNames(locale: Locale, roles: readonly Role[]): string {
  const role = translatorFor(locale, "roles")
  return roles.map((each) => role(each)).join(", ")
}

/** A message as the locale-independent API says it: an errorKey written in English, any other message as it is. */
export function inEnglish(message: string): string {
  return errorIn("en", message)
}
