import "server-only"
import { db } from "@/lib/db"
import { findAccess } from "@/lib/access"
import { openableModules } from "@/lib/modules"

/**
 * Where a signed-in person lands: the first module they may open in the account they used last if they can still
 * enter it, else in their own account.
 */
export async function homePath(userId: string): Promise<string> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { lastAccountId: true, ownedAccounts: { select: { id: true }, orderBy: { createdAt: "asc" }, take: 1 } },
  })
  const candidates = [user?.lastAccountId, user?.ownedAccounts[0]?.id].filter((id): id is string => Boolean(id))
  for (const accountId of candidates) {
    const access = await findAccess(userId, accountId)
    if (access?.status !== "ACTIVE") continue
    const first = openableModules(access.grant)[0]
    if (first) return `/accounts/${accountId}/${first.path}`
  }
  return "/sign-in"
}
