import { z } from "zod"

/** The single place where an email address is normalised: trimmed and lower-cased. */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase()
}

export const emailField = z
  .string({ error: "Enter an email address." })
  .transform(normalizeEmail)
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }).max(254, { error: "This email address is too long." }))
