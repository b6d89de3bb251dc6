import { z } from "zod"

export const nameField = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, { error: "Enter your name." })
  .max(100, { error: "Keep the name under 100 characters." })
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), { error: "The name cannot contain control characters." })

export const passwordField = z
  .string({ error: "Enter a password." })
  .min(10, { error: "Use at least 10 characters." })
  .max(200, { error: "Keep the password under 200 characters." })

/** Field errors as the forms show them: the first message for each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form")
    errors[field] ??= issue.message
  }
  return errors
}
