import "server-only"
import { db } from "@/lib/db"

export const MEMBERS_PAGE_SIZE = 25

/** One page of an account's members (oldest first), with the owner and the total, for Settings → Users. */
export async function listMembers(accountId: string, page: number) {
  const [account, total, members] = await Promise.all([
    db.account.findUniqueOrThrow({
      where: { id: accountId },
      select: { createdAt: true, owner: { select: { id: true, name: true, email: true } } },
    }),
    db.membership.count({ where: { accountId } }),
    db.membership.findMany({
      where: { accountId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
      select: {
        id: true,
        roles: true,
        status: true,
        createdAt: true,
        statusChangedAt: true,
        user: { select: { id: true, name: true, email: true } },
      },
    }),
  ])
  return { owner: account.owner, ownerSince: account.createdAt, total, members, pageCount: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)) }
}

export const INVITATIONS_SHOWN = 20

/** The account's pending invitations, newest first (the first INVITATIONS_SHOWN), with their total. */
export async function listPendingInvitations(accountId: string, now = new Date()) {
  const where = { accountId, status: "PENDING" as const, expiresAt: { gt: now } }
  const [total, invitations] = await Promise.all([
    db.invitation.count({ where }),
    db.invitation.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: INVITATIONS_SHOWN,
      select: {
        id: true,
        email: true,
        roles: true,
        expiresAt: true,
        invitedBy: { select: { name: true } },
        mails: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true } },
      },
    }),
  ])
  return { total, invitations }
}
