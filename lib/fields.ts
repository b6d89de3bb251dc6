import { z } from "zod"
import { ROLES } from "@/lib/modules"
import { errorKey } from "@/lib/i18n/error-keys"

// The fields forms share, each rule written once: email, name, password, roles, ids.

/** The single place where an email address is normalised: trimmed and lower-cased. */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase()
}

export const emailField = z
  .string({ error: errorKey("emailMissing") })
  .transform(normalizeEmail)
  .pipe(z.email({ error: errorKey("emailInvalid") }).max(254, { error: errorKey("emailTooLong") }))

// Names are shown to other people: in lists, in Activity, in the invitations mailed to strangers. They must read as
// names, not as instructions or links, and must look like what they are.
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u // control, format (bidi overrides, zero-width), private use
const WEB_ADDRESS = /[a-z][a-z0-9+.-]*:\/\/|\bwww\.|[\p{L}\p{N}-]\.\p{L}{2,}/iu // a scheme, www., or a host such as evil.example
const EMAIL_ADDRESS = /\S@\S/

export const nameField = z
  .string({ error: errorKey("nameMissing") })
  .transform((name) => name.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(1, { error: errorKey("nameMissing") })
      .max(100, { error: errorKey("nameTooLong") })
      .refine((name) => !INVISIBLE_OR_CONTROL.test(name), { error: errorKey("nameControl") })
      .refine((name) => !WEB_ADDRESS.test(name), { error: errorKey("nameWebAddress") })
      .refine((name) => !EMAIL_ADDRESS.test(name), { error: errorKey("nameEmailAddress") }),
  )

export const passwordField = z
  .string({ error: errorKey("passwordMissing") })
  .min(10, { error: errorKey("passwordTooShort") })
  .max(200, { error: errorKey("passwordTooLong") })

export const CHOOSE_A_ROLE = errorKey("rolesMissing")

/** The roles checked in a form: each one of the role table, at least one. */
export const rolesField = z
  .array(z.enum(ROLES, { error: errorKey("rolesUnknown") }), { error: CHOOSE_A_ROLE })
  .min(1, { error: CHOOSE_A_ROLE })

/** The id of a row the caller names; anything else reads as a row that is not there (`missing`). */
export function idField(missing: string) {
  return z.uuid({ error: missing })
}
