import NextAuth from "next-auth"
import Credentials from "next-auth/providers/credentials"
import { z } from "zod"
import { db } from "@/lib/db"
import { emailField } from "@/lib/email"
import { verifyPassword } from "@/lib/password"

const credentialsSchema = z.object({ email: emailField, password: z.string().min(1).max(200) })

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Self-hosted behind our own proxy: the Host header is ours to trust. AUTH_SECRET is required in production.
  trustHost: true,
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(input) {
        const parsed = credentialsSchema.safeParse(input)
        if (!parsed.success) return null
        const user = await db.user.findUnique({ where: { email: parsed.data.email } })
        const ok = await verifyPassword(user?.passwordHash ?? null, parsed.data.password)
        return ok && user ? { id: user.id, email: user.email, name: user.name } : null
      },
    }),
  ],
  callbacks: {
    // The token carries who the user is, never what they may do: access is read fresh on every request.
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id
      return token
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub
      return session
    },
  },
})

/** The signed-in user's id, or null. */
export async function currentUserId(): Promise<string | null> {
  const session = await auth()
  return session?.user?.id ?? null
}
