// What the HTTP server refuses before Next.js reads a request (server.ts): bodies over their route's limit, requests
// whose size is not announced, methods and URLs the app has no use for, server actions posted from another site.
// All of it is decided from the request line and the headers alone, so nothing is buffered to refuse a request.

const KB = 1024

/** The most a request body may weigh, by the path it is sent to: the first prefix that matches. */
export const BODY_LIMITS: readonly { prefix: string; bytes: number; holds: string }[] = [
  { prefix: "/sign-in", bytes: 8 * KB, holds: "the sign-in form" },
  { prefix: "/sign-up", bytes: 8 * KB, holds: "the sign-up form" },
  { prefix: "/invitations/", bytes: 8 * KB, holds: "accepting or declining an invitation" },
  { prefix: "/accounts/", bytes: 64 * KB, holds: "an account's forms, such as 20 invitations at once" },
  { prefix: "/api/", bytes: 16 * KB, holds: "one API request" },
]
/** Anywhere else (a server action on a page not listed above, such as signing out). */
export const DEFAULT_BODY_LIMIT = 8 * KB
/** The largest of them: Next's own limit on server actions (next.config.mjs) is set to this, as a second wall. */
export const LARGEST_BODY_LIMIT = Math.max(DEFAULT_BODY_LIMIT, ...BODY_LIMITS.map((limit) => limit.bytes))

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
const MAX_URL_LENGTH = 8 * KB

export type RequestHead = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }
export type Refusal = { status: 400 | 403 | 405 | 411 | 413; message: string; headers?: Record<string, string> }

export function bodyLimitFor(path: string): number {
  return BODY_LIMITS.find((limit) => path === limit.prefix || path.startsWith(limit.prefix))?.bytes ?? DEFAULT_BODY_LIMIT
}

/** Why the request is refused before anything reads it, or null to hand it to Next.js. */
export function refuseRequest({ method = "", url = "", headers }: RequestHead): Refusal | null {
  if (!METHODS.has(method)) {
    return { status: 405, message: `${method || "This method"} is not served here.`, headers: { allow: [...METHODS].join(", ") } }
  }
  const path = pathOf(url)
  if (path === null) return { status: 400, message: "This address is not valid." }

  const length = single(headers["content-length"])
  if (length === undefined) {
    // A body of unannounced size could only be refused after reading it: every browser announces the size.
    if (headers["transfer-encoding"] !== undefined) return { status: 411, message: "Send the body with its Content-Length." }
  } else {
    const limit = bodyLimitFor(path)
    if (!/^\d{1,15}$/.test(length)) return { status: 400, message: "The Content-Length is not valid." }
    if (Number(length) > limit) return { status: 413, message: `This request is too large: at most ${limit / KB} KB may be sent here.` }
  }

  // Pages take POSTs only as server actions (from script, or a form without it): never from another site.
  if (method === "POST" && !path.startsWith("/api/") && isCrossSite(headers)) {
    return { status: 403, message: "This form was sent from another site." }
  }
  return null
}

/** The decoded path of a request target, or null when it cannot be one (absolute form, bad escapes, NUL). */
function pathOf(url: string): string | null {
  if (!url.startsWith("/") || url.length > MAX_URL_LENGTH) return null
  const rawPath = url.split(/[?#]/, 1)[0]!
  try {
    const path = decodeURIComponent(rawPath)
    return path.includes("\u0000") ? null : path
  } catch {
    return null
  }
}

/** Next.js's own check on server actions, answered with a 403 here rather than its 500: Origin against the host. */
function isCrossSite(headers: RequestHead["headers"]): boolean {
  const origin = single(headers.origin)
  if (origin === undefined) return false // not from a browser; Next.js lets these through too
  // A form posted from a document served with "no-referrer" (the invitation pages, and pages reached from them
  // without reloading) carries Origin: null; the browser's own Sec-Fetch-Site, which no page can set, says whence.
  if (origin === "null") return single(headers["sec-fetch-site"]) !== "same-origin"
  const host = single(headers["x-forwarded-host"])?.split(",")[0]?.trim() || single(headers.host)
  if (!URL.canParse(origin) || !host) return true
  return new URL(origin).host !== host
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
