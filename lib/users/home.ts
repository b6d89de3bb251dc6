import "server-only"
import { db } from "@/lib/db"
import { activeGrant, findAccess } from "@/lib/access/check"

/** Where a signed-in person lands: the account they used last if they can still enter it, else their own. */
export async function homePath(userId: string): Promise<string> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { lastAccountId: true, ownedAccounts: { select: { id: true }, orderBy: { createdAt: "asc" }, take: 1 } },
  })
  const candidates = [user?.lastAccountId, user?.ownedAccounts[0]?.id].filter((id): id is string => Boolean(id))
  for (const accountId of candidates) {
    if (activeGrant(await findAccess(userId, accountId))) return `/accounts/${accountId}`
  }
  return "/sign-in"
}

/**
 * Remembers that a person opened an account from the menu: they land there after their next sign-in, and the
 * menu lists it first among their memberships.
 */
export async function recordAccountOpened(userId: string, accountId: string, now = new Date()): Promise<void> {
  // The membership row before the user row, in the order a removal locks them: the two cannot deadlock.
  await db.$transaction([
    db.membership.updateMany({ where: { userId, accountId }, data: { lastOpenedAt: now } }),
    db.user.update({ where: { id: userId }, data: { lastAccountId: accountId } }),
  ])
}
