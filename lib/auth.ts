import { cookies } from "next/headers"
import { cache } from "react"
import NextAuth, { CredentialsSignin } from "next-auth"
import Credentials from "next-auth/providers/credentials"
import { z } from "zod"
import { isSessionLive } from "@/lib/access"
import { db } from "@/lib/db"
import { emailField } from "@/lib/email"
import { verifyPassword } from "@/lib/password"
import { viewerFromCookies, type Viewer } from "@/lib/session-cookie"
import { clientIp, countUnlessLimited, SIGN_IN_THROTTLE, throttleKeys, uncount } from "@/lib/rate-limit"

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

export function signInThrottleKeys(email: string, ip: string): string[] {
  return [throttleKeys.signInEmail(email), throttleKeys.signInIp(ip)]
}

/**
 * Checks a password, throttled per email and per client IP. The attempt counts as a failure before the password is
 * checked (so parallel guesses cannot all pass a count that none has raised yet) and is taken back if it was right.
 * Lives here, not in the sign-in form's action, because Auth.js's callback route can be posted to directly.
 */
async function authorizeCredentials(input: unknown, request: Request) {
  const parsed = credentialsSchema.safeParse(input)
  if (!parsed.success) return null
  const attempt = await countUnlessLimited(signInThrottleKeys(parsed.data.email, clientIp(request.headers)), SIGN_IN_THROTTLE.limit)
  if (!attempt) throw new TooManySignIns()
  const user = await db.user.findUnique({ where: { email: parsed.data.email } })
  const ok = await verifyPassword(user?.passwordHash ?? null, parsed.data.password)
  if (!ok || !user) return null
  await uncount(attempt)
  return { id: user.id, email: user.email, name: user.name }
}

export const { handlers, signIn, signOut } = NextAuth({
  // Self-hosted behind our own proxy: the Host header is ours to trust. AUTH_SECRET is required in production.
  trustHost: true,
  logger: {
    // A refused sign-in is an answer to the user, not a server error: keep it out of the error log.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin" || error.name === "CredentialsSignin") return
      console.error(error)
    },
  },
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    // The token says who the user is and which session it belongs to, never what they may do: access is read
    // fresh on every request, and the session row lets sign-out kill the cookie for good.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id
        token.sid = (await db.session.create({ data: { userId: user.id } })).id
      }
      return token
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub
      session.sessionId = token.sid
      return session
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined
      if (sid) await db.session.updateMany({ where: { id: sid, revokedAt: null }, data: { revokedAt: new Date() } })
    },
  },
})

export type { Viewer } from "@/lib/session-cookie"

/** Who the session cookie names, unchecked: callers check the session against the database with what they read. */
export async function currentViewer(): Promise<Viewer | null> {
  return viewerFromCookies(await cookies())
}

/** The signed-in user's id, or null when signed out or the session was revoked. */
export const currentUserId = cache(async (): Promise<string | null> => {
  const viewer = await currentViewer()
  if (!viewer) return null
  return (await isSessionLive(viewer)) ? viewer.userId : null
})

/** The signed-in user's email (read from the database, as the session may be older than a change), or null. */
export async function currentUserEmail(): Promise<string | null> {
  const userId = await currentUserId()
  if (!userId) return null
  return (await db.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email ?? null
}
