import { inEnglish } from "@/lib/i18n/catalogs"
import type { RefusalKind } from "@/lib/refusal"

// The API's errors: `{ "error": { "code", "message", "field"? } }` with a real HTTP status, the message in English
// (the API is locale-independent).

export type ApiErrorCode =
  | "invalid_request"
  | "invalid_key"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "idempotency_conflict"
  | "rate_limited"
  | "throttled"

const STATUS: Record<ApiErrorCode, number> = {
  invalid_request: 400,
  invalid_key: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  idempotency_conflict: 422,
  rate_limited: 429,
  throttled: 429,
}

export function apiError(code: ApiErrorCode, message: string, options: { field?: string; headers?: HeadersInit } = {}): Response {
  const headers = new Headers(options.headers)
  headers.set("cache-control", "no-store")
  return Response.json({ error: { code, message: inEnglish(message), ...(options.field ? { field: options.field } : {}) } }, { status: STATUS[code], headers })
}

const FOR_REFUSAL: Record<RefusalKind, ApiErrorCode> = {
  invalid: "invalid_request",
  "not-found": "not_found",
  forbidden: "forbidden",
  conflict: "conflict",
  throttled: "throttled",
}

/** A domain refusal (the same one a screen shows) as the API answers it. */
export function refusalResponse(refusal: { kind: RefusalKind; message: string; field?: string }): Response {
  const code = FOR_REFUSAL[refusal.kind]
  return apiError(code, refusal.message, { field: refusal.field === "form" ? undefined : refusal.field, headers: code === "throttled" ? { "retry-after": "3600" } : undefined })
}
