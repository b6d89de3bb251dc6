import type { z } from "zod"
import { apiError } from "./errors"
import { decodeCursor, type Cursor } from "./cursor"
import { pageQuery } from "./schemas"

/** `?limit=&cursor=` read, or the 400 to answer. */
export function pageParams(query: URLSearchParams): { ok: true; limit: number; after: Cursor | null } | { ok: false; response: Response } {
  const parsed = pageQuery.safeParse({ limit: query.get("limit") ?? undefined, cursor: query.get("cursor") ?? undefined })
  if (!parsed.success) return { ok: false, response: apiError("invalid_request", parsed.error.issues[0]!.message, { field: String(parsed.error.issues[0]!.path[0] ?? "") }) }
  const { limit, cursor } = parsed.data as z.output<typeof pageQuery>
  if (cursor === undefined) return { ok: true, limit, after: null }
  const after = decodeCursor(cursor)
  return after ? { ok: true, limit, after } : { ok: false, response: apiError("invalid_request", "This cursor is not one we gave.", { field: "cursor" }) }
}
