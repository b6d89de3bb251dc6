// Test support: stands in for the `next-auth` package so server actions can be called outside a request. The app's
// own Auth.js configuration (lib/auth/auth.ts) still runs: its authorize() with the sign-in throttle, the jwt callback
// that opens a Session row. The session cookie is made from `current.session` (encrypted as Auth.js does, so the
// app's own decoding runs) and sent in the request's Cookie header, beside `current.headers`.
//
//   vi.mock("next-auth", () => import("@/tests/fake-next-auth").then((fake) => fake.nextAuthModule()))
//   vi.mock("next/headers", () => import("@/tests/fake-next-auth").then((fake) => fake.nextHeadersModule()))
import { AuthError, CallbackRouteError, CredentialsSignin } from "@auth/core/errors"
import type { NextAuthConfig, User } from "next-auth"
import { encode } from "next-auth/jwt"
import { redirect } from "next/navigation"

type FakeSession = { user: { id: string; email?: string | null }; sessionId?: string }
type Authorize = (credentials: Record<string, unknown>, request: Request) => Promise<User | null>

const SESSION_COOKIE = "authjs.session-token"

const current = {
  config: undefined as NextAuthConfig | undefined,
  session: null as FakeSession | null,
  headers: new Headers({ "x-forwarded-for": "203.0.113.1" }),
  /** The browser's other cookies (the device and sign-up cookies), as set by the app and sent back. */
  cookies: new Map<string, string>(),
}

/** A new browser (none of the cookies the app set before), or one returned by `currentBrowser` earlier. */
export function useBrowser(cookies = new Map<string, string>()) {
  current.cookies = cookies
}

/** This browser's cookies, to come back to it with `useBrowser`. */
export function currentBrowser(): Map<string, string> {
  return current.cookies
}

/** The session the next calls carry: someone's live (or revoked) Session row, or none at all. */
export function useSession(viewer: { userId: string; sessionId: string } | null) {
  current.session = viewer ? { user: { id: viewer.userId }, sessionId: viewer.sessionId } : null
}

/** The client IP the next calls come from, as the reverse proxy reports it. */
export function useClientIp(ip: string) {
  current.headers = new Headers({ "x-forwarded-for": ip })
}

export function currentSession(): FakeSession | null {
  return current.session
}

function config(): NextAuthConfig {
  if (!current.config) throw new Error("lib/auth/auth.ts has not called NextAuth() yet")
  return current.config
}

/** Auth.js's credentials callback, as `signIn("credentials", …)` runs it on the server. */
async function signIn(providerId: string, options: Record<string, string> & { redirectTo: string }) {
  type Provider = { id: string; options: { id?: string; authorize: Authorize } }
  const provider = (config().providers as unknown as Provider[]).find((candidate) => (candidate.options.id ?? candidate.id) === providerId)
  if (!provider) throw new Error(`No provider ${providerId}`)
  const request = new Request(`http://localhost/api/auth/callback/${providerId}`, { method: "POST", headers: current.headers })
  const { redirectTo, ...credentials } = options
  let user: User | null
  try {
    user = await provider.options.authorize(credentials, request)
  } catch (error) {
    throw error instanceof AuthError ? error : new CallbackRouteError(undefined, { cause: error })
  }
  if (!user) throw new CredentialsSignin()
  const token = await config().callbacks!.jwt!({ token: {}, user, account: null, trigger: "signIn" } as never)
  const claims = token as { sub?: string; sid?: string }
  current.session = { user: { id: claims.sub!, email: user.email }, sessionId: claims.sid }
  redirect(redirectTo)
}

/** Auth.js's signOut clears the cookie and redirects, unless told not to (revoking the session row is the app's own work). */
async function signOut(options?: { redirectTo?: string; redirect?: boolean }) {
  current.session = null
  if (options?.redirect ?? true) redirect(options?.redirectTo ?? "/")
}

export async function nextAuthModule() {
  return {
    default(configuration: NextAuthConfig) {
      current.config = configuration
      return { signIn, signOut }
    },
    AuthError,
    CredentialsSignin,
  }
}

/** next/headers: the request's headers, with `current.session` as a real Auth.js session cookie in Cookie. */
export async function nextHeadersModule() {
  process.env.AUTH_SECRET ??= "test-secret-for-fake-next-auth-0123456789"
  async function headers() {
    const session = current.session
    const request = new Headers(current.headers)
    const sent = [...current.cookies].map(([name, value]) => `${name}=${value}`)
    if (session) {
      const value = await encode({ token: { sub: session.user.id, sid: session.sessionId }, secret: process.env.AUTH_SECRET!, salt: SESSION_COOKIE })
      sent.push(`${SESSION_COOKIE}=${value}`)
    }
    if (sent.length) request.set("cookie", sent.join("; "))
    return request
  }
  async function cookies() {
    return {
      get: (name: string) => (current.cookies.has(name) ? { name, value: current.cookies.get(name)! } : undefined),
      set: (name: string, value: string) => void current.cookies.set(name, value),
      delete: (name: string) => void current.cookies.delete(name),
    }
  }
  return { headers, cookies }
}

/** The URL a server action redirected to, or null when it returned normally. */
export async function redirectOf(run: () => Promise<unknown>): Promise<{ redirectedTo: string | null; result: unknown }> {
  try {
    return { redirectedTo: null, result: await run() }
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { redirectedTo: digest.split(";")[2] ?? "", result: undefined }
    throw error
  }
}
