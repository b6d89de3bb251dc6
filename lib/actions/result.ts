// What every server action answers, and how screens read it. Shared by the server (lib/actions/server-action.ts) and the
// browser, so it holds no server code.

export type FormValues = Record<string, string | string[]>

/**
 * Done (with what to tell the person, where to go next, and any details), or refused with messages by field ("form"
 * for the whole), and what was typed.
 */
export type ActionResult<Data = unknown> =
  | { ok: true; message?: string; redirectTo?: string; data?: Data }
  | { ok: false; errors: Record<string, string>; values?: FormValues; offer?: Offer }

/**
 * What a refusal lets the screen offer next: a new confirmation link, for the ticket the refusal signed; or the
 * second step of a sign-in, for the challenge the right password opened.
 */
export type Offer = { kind: "resend-confirmation"; ticket: string } | { kind: "two-factor"; challenge: string }

export function refused(message: string, field = "form"): ActionResult<never> {
  return { ok: false, errors: { [field]: message } }
}

/** The message for `field` in a refusal, if any. */
export function errorIn(result: ActionResult | null | undefined, field = "form"): string | undefined {
  return result && !result.ok ? result.errors[field] : undefined
}

/** What was typed in `field` before a refusal (a form is emptied once its action returns). */
export function typedIn(result: ActionResult | null | undefined, field: string): string | undefined {
  const value = result && !result.ok ? result.values?.[field] : undefined
  return Array.isArray(value) ? value[0] : value
}

/** The values checked in a group of checkboxes named `field` before a refusal, if the form was sent. */
export function checkedIn(result: ActionResult | null | undefined, field: string): string[] | undefined {
  if (!result || result.ok || !result.values) return undefined
  const value = result.values[field]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}
