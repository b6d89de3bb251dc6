import "server-only"
import type { NextRequest } from "next/server"
import type { z } from "zod"
import type { Actor } from "@/lib/actions/authorize"
import { isUuid } from "@/lib/access/check"
import { markActionRan } from "@/lib/http/request-state"
import { wakeDeliverers } from "@/lib/outbox/wake"
import type { ModulePath } from "@/lib/modules"
import { countAccessDecision } from "@/lib/observability/metrics"
import type { ApiAnswer } from "./answer"
import { apiError } from "./errors"
import { idempotent, requestHash, validIdempotencyKey } from "./idempotency"
import { authenticateKey } from "./key-access"
import { countRequest, rateLimitHeaders, REQUESTS_PER_MINUTE } from "./usage"

/** The rule an API endpoint is declared with: an API key of the account whose roles open `module` (the authorization matrix reads it). */
export type ApiRule = { kind: "api-key"; module: ModulePath }

type Params = Record<string, string>
export type ApiRequest<Body> = { actor: Actor; params: Params; query: URLSearchParams; body: Body }
type Context = { params: Promise<Params> }

const NOT_FOUND = "This account does not exist, or the key does not belong to it."

/**
 * An endpoint of /api/v1/accounts/{accountId}/…, written one way, as server actions are (lib/actions/server-action.ts):
 * the key is checked (one statement: the key, its account, its creator's access now), the key's requests are counted
 * (60 a minute), a POST with an Idempotency-Key is answered once, the JSON body is parsed with `body`'s schema, then
 * `handle` calls the same domain functions as the screens. Every refusal is an `{ "error": … }` with its status.
 */
export function apiRoute<Schema extends z.ZodType | null>(
  module: ModulePath,
  body: Schema,
  handle: (request: ApiRequest<Schema extends z.ZodType ? z.output<Schema> : null>) => Promise<ApiAnswer | Response>,
): ((request: NextRequest, context: Context) => Promise<Response>) & { readonly rule: ApiRule } {
  const handler = async (request: NextRequest, context: Context): Promise<Response> => {
    const params = await context.params
    if (!isUuid(params.accountId ?? "")) return apiError("not_found", NOT_FOUND)
    // Every id in a path is a uuid; anything else names nothing here.
    if (params.id !== undefined && !isUuid(params.id)) return apiError("not_found", "There is no such member or invitation in this account.")
    const authenticated = await authenticateKey(request.headers.get("authorization"), params.accountId!, module)
    countAccessDecision("api", authenticated.ok ? "allow" : "denied")
    if (!authenticated.ok) return authenticated.response
    const { actor } = authenticated
    const usage = await countRequest(actor.apiKey!.id)
    const limits = rateLimitHeaders(usage)
    if (usage.count > REQUESTS_PER_MINUTE) {
      return apiError("rate_limited", `At most ${REQUESTS_PER_MINUTE} requests a minute per key. Retry after ${limits["ratelimit-reset"]} s.`, {
        headers: { ...limits, "retry-after": limits["ratelimit-reset"]! },
      })
    }
    const raw = await request.text()
    let parsed: unknown = null
    if (body) {
      let json: unknown
      try {
        json = raw ? JSON.parse(raw) : undefined
      } catch {
        return apiError("invalid_request", "The body is not JSON.", { headers: limits })
      }
      const result = (body as z.ZodType).safeParse(json)
      if (!result.success) {
        const issue = result.error.issues[0]!
        return apiError("invalid_request", issue.message, { field: issue.path.join(".") || undefined, headers: limits })
      }
      parsed = result.data
    }
    markActionRan() // from here on a failure is the server's (server.ts keeps a 5xx a 5xx)
    const run = () => handle({ actor, params, query: request.nextUrl.searchParams, body: parsed as never })
    const idempotencyKey = request.method === "POST" ? request.headers.get("idempotency-key") : null
    if (idempotencyKey !== null && !validIdempotencyKey(idempotencyKey)) {
      return apiError("invalid_request", "An Idempotency-Key is 1 to 255 printable characters.", { field: "Idempotency-Key", headers: limits })
    }
    try {
      const answer = idempotencyKey ? await idempotent(actor.apiKey!.id, idempotencyKey, requestHash(request.method, request.nextUrl.pathname, raw), run) : await run()
      if (answer instanceof Response) {
        for (const [name, value] of Object.entries(limits)) answer.headers.set(name, value)
        return answer
      }
      const headers = { ...limits, "cache-control": "no-store", ...(answer.replayed ? { "idempotent-replayed": "true" } : {}) }
      return answer.status === 204 ? new Response(null, { status: 204, headers }) : Response.json(answer.body, { status: answer.status, headers })
    } finally {
      wakeDeliverers()
    }
  }
  return Object.assign(handler, { rule: { kind: "api-key", module } as const })
}
