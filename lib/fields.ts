import { z } from "zod"
import { ROLES } from "@/lib/modules"

// The fields forms share, each rule written once: email, name, password, roles, ids.

/** The single place where an email address is normalised: trimmed and lower-cased. */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase()
}

export const emailField = z
  .string({ error: "Enter an email address." })
  .transform(normalizeEmail)
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }).max(254, { error: "This email address is too long." }))

// Names are shown to other people: in lists, in Activity, in the invitations mailed to strangers. They must read as
// names, not as instructions or links, and must look like what they are.
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u // control, format (bidi overrides, zero-width), private use
const WEB_ADDRESS = /[a-z][a-z0-9+.-]*:\/\/|\bwww\.|[\p{L}\p{N}-]\.\p{L}{2,}/iu // a scheme, www., or a host such as evil.example
const EMAIL_ADDRESS = /\S@\S/

export const nameField = z
  .string({ error: "Enter your name." })
  .transform((name) => name.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(1, { error: "Enter your name." })
      .max(100, { error: "Keep the name under 100 characters." })
      .refine((name) => !INVISIBLE_OR_CONTROL.test(name), { error: "The name cannot contain control or invisible characters." })
      .refine((name) => !WEB_ADDRESS.test(name), { error: "The name cannot contain a web address." })
      .refine((name) => !EMAIL_ADDRESS.test(name), { error: "The name cannot contain an email address." }),
  )

export const passwordField = z
  .string({ error: "Enter a password." })
  .min(10, { error: "Use at least 10 characters." })
  .max(200, { error: "Keep the password under 200 characters." })

export const CHOOSE_A_ROLE = "Choose at least one role."

/** The roles checked in a form: each one of the role table, at least one. */
export const rolesField = z
  .array(z.enum(ROLES, { error: "Choose roles from the list." }), { error: CHOOSE_A_ROLE })
  .min(1, { error: CHOOSE_A_ROLE })

/** The id of a row the caller names; anything else reads as a row that is not there (`missing`). */
export function idField(missing: string) {
  return z.uuid({ error: missing })
}

/** Field errors as the forms show them: the first message for each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form")
    errors[field] ??= issue.message
  }
  return errors
}
