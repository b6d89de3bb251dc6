import { decode, type JWT } from "next-auth/jwt"

export type Viewer = { userId: string; sessionId: string }

// Auth.js names the cookie __Secure-… behind HTTPS; the name is also the salt of its encryption key.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"]
// A page on a sibling domain can plant cookies of the same names. A browser then sends them all, so each one is
// tried, in order, and a few at most: one that does not decrypt must not sign the person out.
const CANDIDATES_TRIED = 4

// Decrypting a cookie (key derivation, thumbprint, HMAC, AES) was a tenth of a guarded page's CPU, and a browser
// sends the same cookie on every request: each one is decrypted once per process. Only what the cookie says is
// remembered; whether its session is still live is asked of the database on every request.
const decoded = new Map<string, { viewer: Viewer; expiresAt: number }>()
const DECODED_LIMIT = 10_000

/**
 * Who the session cookie in a request's Cookie header names: decrypting the cookie is all it takes, whereas
 * Auth.js's auth() also re-encrypts and re-issues the cookie on every call. Unchecked: whether the session is still
 * live is asked of the database by the caller, in the same statement as what it reads.
 */
export async function viewerFromCookieHeader(header: string | null | undefined): Promise<Viewer | null> {
  const secret = process.env.AUTH_SECRET
  if (!secret || !header) return null
  for (const { name, value } of sessionCookiesIn(header)) {
    const key = `${name}=${value}`
    const known = decoded.get(key)
    if (known && known.expiresAt > Date.now()) return known.viewer
    const viewer = remember(key, await decode({ token: value, secret, salt: name }).catch(() => null))
    if (viewer) return viewer
  }
  return null
}

/** The session cookies in a Cookie header, __Secure- ones first, each name's in the order the browser sent them. */
function sessionCookiesIn(header: string): { name: string; value: string }[] {
  const pairs = header.split(";").map((pair) => {
    const equals = pair.indexOf("=")
    return { name: pair.slice(0, equals).trim(), value: pair.slice(equals + 1).trim() }
  })
  return SESSION_COOKIES.flatMap((name) => pairs.filter((pair) => pair.name === name && pair.value)).slice(0, CANDIDATES_TRIED)
}

function remember(cookie: string, payload: JWT | null): Viewer | null {
  const viewer = payload?.sub && typeof payload.sid === "string" ? { userId: payload.sub, sessionId: payload.sid } : null
  const expires = payload?.exp
  // A cookie that does not decrypt is not remembered: it costs the sender as much as it costs us.
  if (!viewer || typeof expires !== "number") return viewer
  if (decoded.size >= DECODED_LIMIT) decoded.delete(decoded.keys().next().value!)
  decoded.set(cookie, { viewer, expiresAt: expires * 1000 })
  return viewer
}
