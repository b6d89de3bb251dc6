import { decode, type JWT } from "next-auth/jwt"

export type Viewer = { userId: string; sessionId: string }
type CookieStore = { get(name: string): { value: string } | undefined }

// Auth.js names the cookie __Secure-… behind HTTPS; the name is also the salt of its encryption key.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"]

// Decrypting a cookie (key derivation, thumbprint, HMAC, AES) was a tenth of a guarded page's CPU, and a browser
// sends the same cookie on every request: each one is decrypted once per process. Only what the cookie says is
// remembered; whether its session is still live is asked of the database on every request.
const decoded = new Map<string, { viewer: Viewer | null; expiresAt: number }>()
const DECODED_LIMIT = 10_000

/**
 * Who the session cookie names (in a request's cookies or next/headers' cookies()): decrypting the cookie is all it
 * takes, whereas Auth.js's auth() also re-encrypts and re-issues the cookie on every call. Unchecked: whether the
 * session is still live is asked of the database by the caller, in the same statement as what it reads.
 */
export async function viewerFromCookies(cookies: CookieStore): Promise<Viewer | null> {
  const secret = process.env.AUTH_SECRET
  if (!secret) return null
  for (const name of SESSION_COOKIES) {
    const token = cookies.get(name)?.value
    if (!token) continue
    const known = decoded.get(`${name}=${token}`)
    if (known && known.expiresAt > Date.now()) return known.viewer
    return remember(`${name}=${token}`, await decode({ token, secret, salt: name }).catch(() => null))
  }
  return null
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
