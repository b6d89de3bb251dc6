import "server-only"
import { db, type Tx } from "@/lib/db"
import { hashPassword } from "@/lib/auth/password"
import { translatorFor } from "@/lib/i18n/catalogs"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"

/** The language and time zone a person signed up in, which their pages and mails then follow (lib/i18n). */
export type Preferences = { locale: string; timeZone: string | null }
export type Registration = { name: string; email: string; password: string; emailVerified: boolean; preferences?: Preferences }
export type RegisterResult = { ok: true; userId: string; accountId: string } | { ok: false; reason: "email-taken" }

/**
 * Creates a person and the account they own ("<Name>'s account", in the language they signed up in), in one
 * transaction. Email already normalised.
 */
export async function registerUser(input: Registration): Promise<RegisterResult> {
  const passwordHash = await hashPassword(input.password)
  try {
    return await db.$transaction((tx) => createPerson(tx, { ...input, passwordHash }))
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    return input.emailVerified ? claimUnconfirmed(input.email, input.name, passwordHash) : { ok: false, reason: "email-taken" }
  }
}

/**
 * Someone who proves the mailbox (an invitation link) of an email whose holder never did: whoever signed up with it
 * only knew the address, so the prover takes it, with their own name and password.
 */
async function claimUnconfirmed(email: string, name: string, passwordHash: string): Promise<RegisterResult> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { email, emailVerifiedAt: null }, data: { name, passwordHash, emailVerifiedAt: new Date() } })
    if (count === 0) return { ok: false as const, reason: "email-taken" as const }
    const user = await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true, lastAccountId: true } })
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } })
    return { ok: true as const, userId: user.id, accountId: user.lastAccountId! }
  })
}

/** The same, in the caller's transaction, with the password already hashed. */
export async function createPerson(tx: Tx, input: Omit<Registration, "password"> & { passwordHash: string }) {
  const user = await tx.user.create({
    data: {
      name: input.name,
      email: input.email,
      passwordHash: input.passwordHash,
      emailVerifiedAt: input.emailVerified ? new Date() : null,
      locale: input.preferences?.locale,
      timeZone: input.preferences?.timeZone,
    },
  })
  const locale = isLocale(input.preferences?.locale) ? input.preferences.locale : DEFAULT_LOCALE
  const account = await tx.account.create({ data: { name: translatorFor(locale, "accountNames")("personal", { name: input.name }), ownerId: user.id } })
  await tx.user.update({ where: { id: user.id }, data: { lastAccountId: account.id } })
  return { ok: true as const, userId: user.id, accountId: account.id }
}

// By code, not class: the one client per process may come from another bundle's copy of Prisma.
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown }).code === "P2002"
}
