import "server-only"
import { db } from "@/lib/db"
import { hashPassword } from "@/lib/auth/password"

export type Registration = { name: string; email: string; password: string; emailVerified: boolean }
export type RegisterResult = { ok: true; userId: string; accountId: string } | { ok: false; reason: "email-taken" }

/** Creates a person and the account they own ("<Name>'s account"), in one transaction. Email already normalised. */
export async function registerUser(input: Registration): Promise<RegisterResult> {
  const passwordHash = await hashPassword(input.password)
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          passwordHash,
          emailVerifiedAt: input.emailVerified ? new Date() : null,
        },
      })
      const account = await tx.account.create({ data: { name: `${input.name}'s account`, ownerId: user.id } })
      await tx.user.update({ where: { id: user.id }, data: { lastAccountId: account.id } })
      return { ok: true as const, userId: user.id, accountId: account.id }
    })
  } catch (error) {
    // By code, not class: the one client per process may come from another bundle's copy of Prisma.
    if ((error as { code?: unknown }).code === "P2002") {
      return { ok: false, reason: "email-taken" }
    }
    throw error
  }
}
