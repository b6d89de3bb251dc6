import "server-only"
import { db } from "@/lib/db"
import { activeGrant, findAccess } from "@/lib/access/check"

/**
 * Where a signed-in person lands: the account they used last if they can still enter it, else their own, else the
 * membership they opened most recently. Someone with no account to enter (they transferred their only one, or left
 * the last) lands on their profile, never back on sign-in, which would send them here again.
 */
export async function homePath(userId: string): Promise<string> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      lastAccountId: true,
      ownedAccounts: { select: { id: true }, orderBy: { createdAt: "asc" }, take: 1 },
      memberships: { where: { status: "ACTIVE" }, select: { accountId: true }, orderBy: { lastOpenedAt: "desc" }, take: 5 },
    },
  })
  const candidates = [user?.lastAccountId, user?.ownedAccounts[0]?.id, ...(user?.memberships.map((membership) => membership.accountId) ?? [])]
  for (const accountId of new Set(candidates.filter((id): id is string => Boolean(id)))) {
    if (activeGrant(await findAccess(userId, accountId))) return `/accounts/${accountId}`
  }
  return "/profile"
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
