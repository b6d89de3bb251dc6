// Cursor pagination (`?limit=&cursor=`, answered with `next_cursor`): the cursor names the last row given, by its
// place in the list's order (creation time, then id), so rows inserted meanwhile neither repeat nor shift a page.

export type Cursor = { createdAt: Date; id: string }

export function encodeCursor({ createdAt, id }: Cursor): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url")
}

/** The cursor a client sent back, or null if it is not one of ours. */
export function decodeCursor(text: string): Cursor | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[]
    // Only what encodeCursor writes: an ISO instant that prints back as itself (so no year 0 or below, nothing odd).
    const createdAt = new Date(String(at))
    if (typeof at !== "string" || Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== at || !at.startsWith("2")) return null
    if (typeof id !== "string" || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null
    return { createdAt, id }
  } catch {
    return null
  }
}

/** A page of `limit` rows from `limit + 1` read: the rows, and the cursor to the next page if there is one. */
export function pageOf<Row extends Cursor>(rows: Row[], limit: number): { rows: Row[]; next: string | null } {
  const page = rows.slice(0, limit)
  return { rows: page, next: rows.length > limit ? encodeCursor(page.at(-1)!) : null }
}
