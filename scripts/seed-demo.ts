// A demo to sign in to on the embedded database: an owner, and a teammate who holds the Technical role in that
// account. Idempotent. Run with the react-server condition (server-only modules).
import { db } from "@/lib/db"
import { registerUser } from "@/lib/users/register"

export const DEMO_EMAIL = "demo@hitflow.test"
export const DEMO_PASSWORD = "hitflow-demo-2026"

export async function seedDemo(): Promise<void> {
  if (await db.user.findUnique({ where: { email: DEMO_EMAIL } })) return
  const owner = await registerUser({ name: "Demo Owner", email: DEMO_EMAIL, password: DEMO_PASSWORD, emailVerified: true })
  const teammate = await registerUser({
    name: "Tess Technical",
    email: "tess@hitflow.test",
    password: DEMO_PASSWORD,
    emailVerified: true,
  })
  if (!owner.ok || !teammate.ok) throw new Error("The demo users could not be created")
  await db.membership.create({ data: { accountId: owner.accountId, userId: teammate.userId, roles: ["TECHNICAL"] } })
}
