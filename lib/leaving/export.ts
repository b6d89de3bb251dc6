import "server-only"
import { db } from "@/lib/db"
import { deviceName } from "@/lib/identity/sessions"

// Everything Hitflow holds about a person, as they may take it with them (the GDPR's rights of access and
// portability): built from the database on request. Never a secret: no password hash, two-factor secret, recovery
// code, token or token hash.

const iso = (date: Date | null) => date?.toISOString() ?? null
/** Each list holds at most this many rows (the oldest first): a file a person can open. */
const ROWS_AT_MOST = 10_000

export async function exportPersonalData(userId: string, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, createdAt: true, emailVerifiedAt: true, twoFactorEnabledAt: true },
  })
  const [memberships, owned, sessions, securityActivity, activity, invitationsToYou] = await Promise.all([
    db.membership.findMany({
      where: { userId },
      select: { roles: true, status: true, createdAt: true, statusChangedAt: true, account: { select: { id: true, name: true, owner: { select: { name: true, email: true } } } } },
      orderBy: { createdAt: "asc" },
    }),
    db.account.findMany({
      where: { ownerId: userId },
      select: {
        id: true,
        name: true,
        createdAt: true,
        requireTwoFactor: true,
        memberships: { select: { roles: true, status: true, createdAt: true, user: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } },
        invitations: {
          where: { status: { in: ["PENDING", "EXPIRED"] } },
          select: { email: true, roles: true, status: true, expiresAt: true, createdAt: true, invitedBy: { select: { name: true, email: true } } },
          orderBy: { createdAt: "asc" },
        },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.session.findMany({ where: { userId }, take: ROWS_AT_MOST, select: { createdAt: true, lastUsedAt: true, revokedAt: true, ip: true, userAgent: true }, orderBy: { createdAt: "asc" } }),
    db.securityEvent.findMany({ where: { userId }, take: ROWS_AT_MOST, select: { action: true, ip: true, userAgent: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    db.auditEvent.findMany({
      // About them: since their user exists (an address can be someone else's before).
      where: { OR: [{ actorId: userId }, { targetEmail: user.email, createdAt: { gte: user.createdAt } }] },
      take: ROWS_AT_MOST,
      select: { action: true, targetEmail: true, details: true, createdAt: true, actorId: true, account: { select: { id: true, name: true } }, actor: { select: { name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.invitation.findMany({
      where: { email: user.email, createdAt: { gte: user.createdAt } },
      take: ROWS_AT_MOST,
      select: { status: true, roles: true, expiresAt: true, createdAt: true, account: { select: { name: true } }, invitedBy: { select: { name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
  ])
  return {
    exportedAt: now.toISOString(),
    profile: { id: user.id, name: user.name, email: user.email, createdAt: iso(user.createdAt), emailConfirmedAt: iso(user.emailVerifiedAt), twoFactorSince: iso(user.twoFactorEnabledAt) },
    memberships: memberships.map((membership) => ({
      account: { id: membership.account.id, name: membership.account.name, owner: membership.account.owner },
      roles: membership.roles,
      status: membership.status,
      memberSince: iso(membership.createdAt),
      statusSince: iso(membership.statusChangedAt),
    })),
    ownedAccounts: owned.map((account) => ({
      id: account.id,
      name: account.name,
      createdAt: iso(account.createdAt),
      requiresTwoFactor: account.requireTwoFactor,
      members: account.memberships.map((member) => ({ name: member.user.name, email: member.user.email, roles: member.roles, status: member.status, memberSince: iso(member.createdAt) })),
      pendingInvitations: account.invitations.map((invitation) => ({
        email: invitation.email,
        roles: invitation.roles,
        status: invitation.status,
        sentAt: iso(invitation.createdAt),
        expiresAt: iso(invitation.expiresAt),
        invitedBy: invitation.invitedBy,
      })),
    })),
    invitationsToYou: invitationsToYou.map((invitation) => ({
      account: invitation.account.name,
      invitedBy: invitation.invitedBy,
      roles: invitation.roles,
      status: invitation.status,
      sentAt: iso(invitation.createdAt),
      expiresAt: iso(invitation.expiresAt),
    })),
    sessions: sessions.map((session) => ({
      device: deviceName(session.userAgent) ?? "Unknown device",
      userAgent: session.userAgent,
      ip: session.ip,
      signedInAt: iso(session.createdAt),
      lastUsedAt: iso(session.lastUsedAt),
      endedAt: iso(session.revokedAt),
    })),
    securityActivity: securityActivity.map((event) => ({ action: event.action, ip: event.ip, userAgent: event.userAgent, at: iso(event.createdAt) })),
    accessActivity: activity.map((event) => ({
      account: event.account,
      action: event.action,
      by: event.actorId === userId ? "you" : event.actor,
      about: event.targetEmail,
      details: event.details,
      at: iso(event.createdAt),
    })),
  }
}
