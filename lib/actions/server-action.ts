import "server-only"
import { z } from "zod"
import { authorizeAction, type Actor } from "@/lib/actions/authorize"
import { refused, type ActionResult, type FormValues } from "@/lib/actions/result"
import { currentUserId } from "@/lib/auth/auth"
import { markActionRan } from "@/lib/http/request-state"
import { wakeDeliverers } from "@/lib/outbox/wake"
import { ACCESS_MODULE, type ModulePath } from "@/lib/modules"
import { errorIn } from "@/lib/i18n/catalogs"
import { errorKey, isErrorKey } from "@/lib/i18n/error-keys"
import { requestPreferences } from "@/lib/i18n/request-locale"

// The one way a server action is written: its arguments parsed with zod (a client can post anything, of any type),
// its caller authorized by the rule declared with it, then its work; mail queued by that work is sent at once.

/** Who may call an action. */
export type CallerRule =
  /** The account's owner, or an active member holding the module's role; the account is the first argument. */
  | { kind: "module"; module: ModulePath }
  /** Any live session; the action acts only on the caller's own memberships or invitations. */
  | { kind: "signed-in" }
  /** Anyone, signed in or not. */
  | { kind: "public" }

export { refused, type ActionResult } from "./result"

/** Whoever manages access in the account: invitations, roles, disabling, deleting. */
export const ACCESS_MANAGERS = { kind: "module", module: ACCESS_MODULE } as const satisfies CallerRule

type Caller<Rule extends CallerRule> = Rule extends { kind: "module" } ? Actor : Rule extends { kind: "signed-in" } ? { userId: string } : null
type Inputs<Args extends readonly z.ZodType[]> = { [K in keyof Args]: z.input<Args[K]> }
type Outputs<Args extends readonly z.ZodType[]> = { [K in keyof Args]: z.output<Args[K]> }
type Arguments<Rule extends CallerRule, Args extends readonly z.ZodType[]> = Rule extends { kind: "module" }
  ? [accountId: string, ...Inputs<Args>]
  : Inputs<Args>

export type ServerAction<Rule extends CallerRule = CallerRule, Args extends readonly z.ZodType[] = z.ZodType[], Data = unknown> = ((
  ...args: Arguments<Rule, Args>
) => Promise<ActionResult<Data>>) & { readonly rule: Rule }

const SIGNED_OUT = errorKey("sessionEnded")
const UNREADABLE = errorKey("formUnreadable")
const accountIdArgument = z.uuid({ error: errorKey("accountNotFound") })

/**
 * A server action: `args` are the schemas of its arguments (after the account id, for a module action), `run` gets
 * them parsed and the authorized caller. An argument that does not parse refuses the call before anything is read.
 */
export function serverAction<const Rule extends CallerRule, const Args extends readonly z.ZodType[], Data = unknown>(
  caller: Rule,
  args: Args,
  run: (caller: Caller<Rule>, ...args: Outputs<Args>) => Promise<ActionResult<Data>>,
): ServerAction<Rule, Args, Data> {
  const schemas: z.ZodType[] = caller.kind === "module" ? [accountIdArgument, ...args] : [...args]
  const tuple = z.tuple(schemas as [z.ZodType, ...z.ZodType[]])
  const answer = async (...received: unknown[]): Promise<ActionResult<Data>> => {
    markActionRan()
    const parsed = parseArguments(tuple, schemas.map((_, index) => received[index]))
    if (!parsed) return refused(UNREADABLE)
    if (!parsed.success) return refusalOf(parsed.error, received)
    const values = parsed.data as unknown[]
    const who = await authorize(caller, values[0] as string)
    if ("errors" in who) return withFormValues(who, received)
    const inputs = (caller.kind === "module" ? values.slice(1) : values) as Outputs<Args>
    try {
      const result = await run(who.caller as Caller<Rule>, ...inputs)
      return result.ok ? result : withFormValues(result, received)
    } finally {
      wakeDeliverers() // whatever the work queued (mail, webhooks) goes out now, also when it ends in a redirect
    }
  }
  const action = async (...received: unknown[]) => inReadersLanguage(await answer(...received))
  return Object.assign(action, { rule: caller }) as ServerAction<Rule, Args, Data>
}

/** A refusal's messages written in the reader's language: schemas and refusals carry errorKey markers. */
async function inReadersLanguage<Data>(result: ActionResult<Data>): Promise<ActionResult<Data>> {
  if (result.ok || !Object.values(result.errors).some(isErrorKey)) return result
  const { locale } = await requestPreferences()
  const errors = Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, errorIn(locale, message)]))
  return { ...result, errors }
}

async function authorize(rule: CallerRule, accountId: string): Promise<{ caller: Actor | { userId: string } | null } | ActionResult & { ok: false }> {
  if (rule.kind === "public") return { caller: null }
  if (rule.kind === "signed-in") {
    const userId = await currentUserId()
    return userId ? { caller: { userId } } : { ok: false, errors: { form: SIGNED_OUT } }
  }
  const authorized = await authorizeAction(accountId, rule.module)
  return authorized.ok ? { caller: authorized.actor } : { ok: false, errors: { form: authorized.message } }
}

/**
 * A client can post values that throw when read: React decodes "$T" as a temporary reference, which refuses every
 * property access. Such a call is an unreadable request (refused, nothing done), never a server error.
 */
function parseArguments(tuple: z.ZodType, values: unknown[]) {
  try {
    return tuple.safeParse(values)
  } catch {
    return null
  }
}

/**
 * Field messages from a FormData argument's schema, else the first message as the form's. A check without a message
 * of ours (a hidden field or an argument only a hand-made request gets wrong) says the form could not be read, in the
 * reader's language rather than zod's English.
 */
function refusalOf(error: z.ZodError, received: unknown[]): ActionResult<never> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const [, field] = issue.path
    const isFormField = typeof field === "string" && received[Number(issue.path[0])] instanceof FormData
    if (!isErrorKey(issue.message)) errors.form ??= UNREADABLE
    else errors[isFormField ? field : "form"] ??= issue.message
  }
  return withFormValues({ ok: false, errors }, received)
}

// A form is emptied once its action returns (React resets it), so a refusal gives back what was typed, for the form
// to show again. Never a password, a code or a sign-in challenge.
function withFormValues<Data>(result: ActionResult<Data>, received: unknown[]): ActionResult<Data> {
  const form = received.find((argument): argument is FormData => argument instanceof FormData)
  if (result.ok || !form || result.values) return result
  const values: FormValues = {}
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || /password|code|challenge|^\$ACTION/i.test(name)) continue
    const previous = values[name]
    values[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value]
  }
  return { ...result, values }
}

/**
 * A FormData argument read as an object: `lists` are the fields that may repeat (checkbox groups), every other
 * field is read once. What is not a FormData, or is a file where text is expected, is refused by the schema.
 */
export function formData<Shape extends z.ZodRawShape>(shape: Shape, lists: (keyof Shape & string)[] = []) {
  const fields = z.object(shape) as unknown as z.ZodType<z.output<z.ZodObject<Shape>>, Record<string, unknown>>
  return z
    .instanceof(FormData, { error: UNREADABLE })
    .transform((form): Record<string, unknown> =>
      Object.fromEntries(Object.keys(shape).map((key) => [key, lists.includes(key) ? form.getAll(key) : (form.get(key) ?? undefined)])),
    )
    .pipe(fields)
}
