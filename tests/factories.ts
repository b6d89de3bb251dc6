import crypto from "node:crypto"
import { db } from "@/lib/db"
import type { Role } from "@/lib/generated/prisma/enums"
import { registerUser } from "@/lib/users/register"

export const TEST_PASSWORD = "correct horse battery"

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${crypto.randomBytes(5).toString("hex")}@example.test`
}

/** A person with their own account, as sign-up makes them. */
export async function createPerson(name = "Pat Example", email = uniqueEmail()) {
  const result = await registerUser({ name, email, password: TEST_PASSWORD, emailVerified: true })
  if (!result.ok) throw new Error(`could not create ${email}`)
  return { ...result, email, name }
}

export async function addMember(accountId: string, userId: string, roles: Role[], status: "ACTIVE" | "DISABLED" = "ACTIVE") {
  return db.membership.create({ data: { accountId, userId, roles, status } })
}
