import "server-only"
import type { Actor } from "@/lib/actions/authorize"
import { appUrl } from "@/lib/app-url"
import { recordAudit } from "@/lib/audit"
import { db } from "@/lib/db"
import { queueMails } from "@/lib/mail/outbox"

/**
 * What changed, or why nothing could: keys of the `accountSettings.requirementChanged` and `.requirementRefusals`
 * messages; `without`, the members the requirement now keeps out.
 */
export type RequirementChange =
  | { ok: true; outcome: "alreadyRequired" | "wasNotRequired" | "noLongerRequired" | "nowRequired"; without?: number }
  | { ok: false; reason: "onlyOwnerChanges" | "ownerFirst" }

const ONLY_THE_OWNER = { ok: false, reason: "onlyOwnerChanges" } as const

/**
 * The owner requires two-factor authentication of everyone in the account, or stops requiring it. Requiring it
 * takes the owner's own first; members are mailed, and those without it lose access at their next request. Both
 * directions are audited. The account's row is locked as every change of access locks it (lib/accounts/lock.ts), and
 * the owner's row is read under a share lock, so the owner cannot turn their own two-factor off meanwhile.
 */
export async function setTwoFactorRequirement(actor: Actor, required: boolean): Promise<RequirementChange> {
  if (!actor.access.grant.isOwner) return ONLY_THE_OWNER
  const accountId = actor.access.accountId
  return db.$transaction(async (tx) => {
    const [account] = await tx.$queryRaw<{ name: string; ownerId: string; requireTwoFactor: boolean; ownerName: string; ownerEmail: string; ownerHasTwoFactor: boolean }[]>`
      SELECT a."name", a."ownerId", a."requireTwoFactor", u."name" AS "ownerName", u."email" AS "ownerEmail", u."twoFactorEnabledAt" IS NOT NULL AS "ownerHasTwoFactor"
      FROM "Account" a JOIN "User" u ON u."id" = a."ownerId"
      WHERE a."id" = ${accountId}::uuid
      FOR NO KEY UPDATE OF a FOR SHARE OF u`
    if (!account || account.ownerId !== actor.userId) return ONLY_THE_OWNER
    if (required && !account.ownerHasTwoFactor) return { ok: false as const, reason: "ownerFirst" as const }
    if (account.requireTwoFactor === required) return { ok: true as const, outcome: required ? ("alreadyRequired" as const) : ("wasNotRequired" as const) }
    await tx.account.update({ where: { id: accountId }, data: { requireTwoFactor: required } })
    await recordAudit(tx, { accountId, actorId: actor.userId, action: required ? "TWO_FACTOR_REQUIRED" : "TWO_FACTOR_NOT_REQUIRED", targetEmail: account.ownerEmail })
    if (!required) return { ok: true as const, outcome: "noLongerRequired" as const }
    const members = await tx.membership.findMany({
      where: { accountId, status: "ACTIVE" },
      select: { user: { select: { email: true, twoFactorEnabledAt: true } } },
    })
    await queueMails(
      tx,
      members.map(({ user }) => ({
        to: user.email,
        template: "two-factor-required" as const,
        data: { accountName: account.name, ownerName: account.ownerName, hasTwoFactor: user.twoFactorEnabledAt !== null, profileUrl: appUrl("/profile#two-factor") },
      })),
    )
    return { ok: true as const, outcome: "nowRequired" as const, without: members.filter(({ user }) => !user.twoFactorEnabledAt).length }
  })
}

export type RequirementView = { required: boolean; ownerHasTwoFactor: boolean; membersWithout: number }

/** What Settings → Accounts shows of the requirement: whether it is on, and who it keeps out. */
export async function requirementView(accountId: string): Promise<RequirementView> {
  const account = await db.account.findUniqueOrThrow({
    where: { id: accountId },
    select: {
      requireTwoFactor: true,
      owner: { select: { twoFactorEnabledAt: true } },
      _count: { select: { memberships: { where: { status: "ACTIVE", user: { twoFactorEnabledAt: null } } } } },
    },
  })
  return { required: account.requireTwoFactor, ownerHasTwoFactor: account.owner.twoFactorEnabledAt !== null, membersWithout: account._count.memberships }
}
