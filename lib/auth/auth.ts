import { headers } from "next/headers"
import { redirect } from "next/navigation"
import { cache } from "react"
import NextAuth, { CredentialsSignin } from "next-auth"
import Credentials from "next-auth/providers/credentials"
import { z } from "zod"
import { findAccessForSession, isSessionLive, type Person } from "@/lib/access/check"
import { ACCESS_HEADER, decodeForwarded } from "@/lib/access/forwarded"
import { db } from "@/lib/db"
import { log } from "@/lib/observability/log"
import { emailField } from "@/lib/fields"
import { verifyPassword } from "@/lib/auth/password"
import { safeReturnPath } from "@/lib/auth/safe-redirect"
import { viewerFromCookieHeader, type Viewer } from "@/lib/auth/session-cookie"
import type { User } from "@/lib/generated/prisma/client"
import { rememberDevice, trustedDeviceFor } from "@/lib/identity/browser-cookies"
import { requestOrigin } from "@/lib/identity/security-events"
import { signUntil, verifyUnexpired } from "@/lib/identity/signed-values"
import { clientIp, countUnlessLimited, eachWith, SIGN_IN_THROTTLE, throttleKeys, uncount } from "@/lib/rate-limit"

declare module "next-auth" {
  interface Session {
    sessionId?: string
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string
  }
}

const credentialsSchema = z.object({ email: emailField, password: z.string().min(1).max(200) })

export const TOO_MANY_SIGN_INS = "too-many-attempts"

/** A sign-in refused by the throttle, before the password is even looked at. Its code reaches signInAction. */
export class TooManySignIns extends CredentialsSignin {
  code = TOO_MANY_SIGN_INS
}

/** The right password for an email nobody has confirmed yet: no session until the mailed link is followed. */
export class EmailUnconfirmed extends CredentialsSignin {
  code = "email-unconfirmed"
  constructor(readonly userId: string) {
    super()
  }
}

/** The right password for a person with two-factor authentication: no session until the second step is answered. */
export class TwoFactorRequired extends CredentialsSignin {
  code = "two-factor-required"
  constructor(readonly userId: string) {
    super()
  }
}

/**
 * What failed sign-ins count against: the email and the client IP, or, from a browser that signed in as this person
 * before, that browser alone, so someone failing with the email elsewhere cannot lock its owner out.
 */
async function signInThrottleKeys(email: string, ip: string): Promise<string[]> {
  const device = await trustedDeviceFor(email)
  return device ? [throttleKeys.signInDevice(device)] : [throttleKeys.signInEmail(email), throttleKeys.signInIp(ip)]
}

export type PasswordCheck = { kind: "right"; user: User } | { kind: "wrong" } | { kind: "throttled" }

/**
 * Checks a person's password, throttled (every form that asks for a password goes through here). The attempt counts
 * as a failure before the password is checked (so parallel guesses cannot all pass a count that none has raised yet)
 * and is taken back if it was right.
 */
export async function checkPassword(email: string, password: string): Promise<PasswordCheck> {
  const keys = await signInThrottleKeys(email, clientIp(await headers()))
  const attempt = await countUnlessLimited(eachWith(SIGN_IN_THROTTLE.limit, keys))
  if (!attempt.ok) return { kind: "throttled" }
  const user = await db.user.findUnique({ where: { email } })
  const ok = await verifyPassword(user?.passwordHash ?? null, password)
  if (!ok || !user) return { kind: "wrong" }
  await uncount(attempt.eventIds)
  return { kind: "right", user }
}

/**
 * The password asked again before a sensitive change (turning two-factor on or off, deleting one's user,
 * transferring an account): null when it is right, else why not (a key of the `password.refusals` messages).
 * Throttled as a sign-in is.
 */
export async function passwordRefusal(email: string, password: string): Promise<"wrong" | "throttled" | null> {
  const check = await checkPassword(email, password)
  return check.kind === "right" ? null : check.kind
}

/** Lives here, not in the sign-in form's action, because Auth.js's callback route could be posted to directly. */
async function authorizeCredentials(input: unknown) {
  const parsed = credentialsSchema.safeParse(input)
  if (!parsed.success) return null
  const check = await checkPassword(parsed.data.email, parsed.data.password)
  if (check.kind === "throttled") throw new TooManySignIns()
  if (check.kind === "wrong") return null
  if (!check.user.emailVerifiedAt) throw new EmailUnconfirmed(check.user.id)
  if (check.user.twoFactorEnabledAt) throw new TwoFactorRequired(check.user.id)
  return { id: check.user.id, email: check.user.email, name: check.user.name }
}

const GRANT_PURPOSE = "sign-in-grant"
const GRANT_LIFETIME_MS = 60_000
/** What a grant says was proven: one factor (a mailed link), or both (a password and the second step). */
type Proven = "one-factor" | "two-factors"

/**
 * A sign-in minted on the server once the server has proven who it is: a mailed link that proved the mailbox
 * (confirmation, password reset), or a password and a second step. A person with two-factor authentication is
 * never signed in on one factor alone.
 */
async function authorizeGrant(input: unknown) {
  const grant = (input as { grant?: unknown } | undefined)?.grant
  const carried = verifyUnexpired(GRANT_PURPOSE, typeof grant === "string" ? grant : undefined)
  const [userId, proven] = carried?.split(":") ?? []
  if (!userId) return null
  const user = await db.user.findUnique({ where: { id: userId } })
  if (!user?.emailVerifiedAt || (user.twoFactorEnabledAt && proven !== "two-factors")) return null
  return { id: user.id, email: user.email, name: user.name }
}

async function signInWithGrant(userId: string, proven: Proven, redirectTo: string): Promise<never> {
  await signIn("link", { grant: signUntil(GRANT_PURPOSE, `${userId}:${proven}`, GRANT_LIFETIME_MS), redirectTo })
  throw new Error("signIn returned instead of redirecting")
}

/**
 * Signs a person in whose mailbox a link just proved, then goes to `redirectTo` (by throwing, as signIn does). A
 * person with two-factor authentication is sent to sign in instead, with `notice` (see the sign-in page): a mailbox
 * is one factor.
 */
export async function signInByLink(userId: string, redirectTo: string, notice: "password-set" | "two-factor" = "two-factor"): Promise<never> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { twoFactorEnabledAt: true } })
  if (user?.twoFactorEnabledAt) redirect(`/sign-in?notice=${notice}&next=${encodeURIComponent(redirectTo)}`)
  return signInWithGrant(userId, "one-factor", redirectTo)
}

/** Signs a person in who just answered the second step after their password. */
export function signInWithTwoFactors(userId: string, redirectTo: string): Promise<never> {
  return signInWithGrant(userId, "two-factors", redirectTo)
}

// Only the server-side signIn and signOut are used: Auth.js's HTTP endpoints (/api/auth/*) are not routed at all, so
// none of them can hand out a session or a cookie outside the app's own rules.
const { signIn, signOut } = NextAuth({
  // Self-hosted behind our own proxy: the Host header is ours to trust. AUTH_SECRET is required in production.
  trustHost: true,
  logger: {
    // A refused sign-in is an answer to the user, not a server error: keep it out of the error log.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin" || error.name === "CredentialsSignin") return
      log.error({ err: error }, "Auth.js failed")
    },
  },
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: authorizeCredentials,
    }),
    Credentials({ id: "link", credentials: { grant: {} }, authorize: authorizeGrant }),
  ],
  callbacks: {
    // The token says who the user is and which session it belongs to, never what they may do: access is read
    // fresh on every request, and the session row lets sign-out kill the cookie for good.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id
        token.sid = (await db.session.create({ data: { userId: user.id, ...requestOrigin(await headers()) } })).id
        if (user.email) await rememberDevice(user.email)
      }
      return token
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub
      session.sessionId = token.sid
      return session
    },
    // Where signing in lands: a path on this site, by the same rule as every other return path.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeReturnPath(url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url)}`
    },
  },
})

export { signIn }

/**
 * Ends the session for good: its row is revoked (so a copy of the cookie dies too), then Auth.js clears the cookie.
 * The session is found as every request finds it, whatever else the browser sent.
 */
export async function endSession(): Promise<void> {
  const viewer = await currentViewer()
  if (viewer) await db.session.updateMany({ where: { id: viewer.sessionId, userId: viewer.userId, revokedAt: null }, data: { revokedAt: new Date() } })
  await signOut({ redirect: false })
}

/** Ends the session, then goes to `redirectTo` (from a server action). */
export async function signOutAndEndSession(redirectTo: string): Promise<never> {
  await endSession()
  redirect(redirectTo)
}

export type { Viewer } from "@/lib/auth/session-cookie"

/** Who the session cookie names, unchecked: callers check the session against the database with what they read. */
export async function currentViewer(): Promise<Viewer | null> {
  return viewerFromCookieHeader((await headers()).get("cookie"))
}

/** The signed-in user's id, or null when signed out or the session was revoked. */
export const currentUserId = cache(async (): Promise<string | null> => {
  const viewer = await currentViewer()
  if (!viewer) return null
  return (await isSessionLive(viewer)) ? viewer.userId : null
})

/**
 * Who is signed in (name and email, read with the session check), or null when signed out. Under /accounts/ the
 * proxy read them already on this request; the root not-found page, rendered with every page, asks this too.
 */
export const currentPerson = cache(async (): Promise<Person | null> => {
  const forwarded = decodeForwarded((await headers()).get(ACCESS_HEADER))
  if (forwarded) return forwarded.person
  const viewer = await currentViewer()
  const found = viewer ? await findAccessForSession(viewer, "") : "signed-out"
  return found === "signed-out" ? null : found.person
})

/** The signed-in user's email (read from the database, as the session may be older than a change), or null. */
export async function currentUserEmail(): Promise<string | null> {
  const userId = await currentUserId()
  if (!userId) return null
  return (await db.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email ?? null
}
