import { decode } from "next-auth/jwt"
import type { NextRequest } from "next/server"
import type { Viewer } from "@/lib/auth"

// Auth.js names the cookie __Secure-… behind HTTPS; the name is also the salt of its encryption key.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"]

/**
 * Who the request's session cookie names, for proxy.ts's hot path: decrypting the cookie is all it needs, whereas
 * Auth.js's auth() also re-issues the cookie on every call. Whether the session is still live is checked against
 * the database by the caller, in its access query.
 */
export async function viewerFromRequest(request: NextRequest): Promise<Viewer | null> {
  const secret = process.env.AUTH_SECRET
  if (!secret) return null
  for (const name of SESSION_COOKIES) {
    const token = request.cookies.get(name)?.value
    if (!token) continue
    const payload = await decode({ token, secret, salt: name }).catch(() => null)
    return payload?.sub && typeof payload.sid === "string" ? { userId: payload.sub, sessionId: payload.sid } : null
  }
  return null
}
