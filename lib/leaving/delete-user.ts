import "server-only"
import { lockAccountAccess } from "@/lib/accounts/lock"
import { db } from "@/lib/db"
import { queueMail, queueMails } from "@/lib/mail/outbox"
import { leaveAccountIn } from "@/lib/members/remove"
import { keysNaming } from "@/lib/rate-limit"

export type Person = { id: string; name: string; email: string }

/** What deleting a user will do, as the dialog lists it before the person confirms. */
export async function deletionPreview(userId: string) {
  const [owned, memberships] = await Promise.all([
    db.account.findMany({ where: { ownerId: userId }, select: { id: true, name: true, _count: { select: { memberships: true } } }, orderBy: { name: "asc" } }),
    db.membership.findMany({ where: { userId }, select: { account: { select: { name: true } } }, orderBy: { account: { name: "asc" } } }),
  ])
  return {
    ownedAccounts: owned.map((account) => ({ id: account.id, name: account.name, members: account._count.memberships })),
    memberOf: memberships.map((membership) => membership.account.name),
  }
}

/**
 * Deletes a person's Hitflow user, in one transaction (their password, and second factor, already checked):
 * - every account they own, with its memberships, invitations, activity and transfers; its members are mailed,
 *   and its invitation mails not yet sent are dropped (their links would lead nowhere);
 * - their memberships end as if they had left: each owner is mailed, the invitations they sent are withdrawn;
 * - the activity they caused elsewhere keeps the fact and their email as text, not a link to the user;
 * - mails to them (sent or not), those of the invitations they sent, and the throttle events naming them go;
 * - the user row, and with it their sessions, mailed links, security activity, two-factor codes and transfers;
 * then a goodbye mail. Every account touched is locked first, in one order, as every change of access locks it.
 */
export async function deleteUser(person: Person, now = new Date(), expectedOwned?: string[]): Promise<{ deletedAccounts: string[] } | { changed: true }> {
  return db.$transaction(async (tx) => {
    const touched = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Account" WHERE "ownerId" = ${person.id}::uuid
      UNION SELECT "accountId" FROM "Membership" WHERE "userId" = ${person.id}::uuid
      ORDER BY 1`
    for (const { id } of touched) await lockAccountAccess(tx, id, person.id)

    const owned = await tx.account.findMany({ where: { ownerId: person.id }, select: { id: true, name: true }, orderBy: { name: "asc" } })
    // What the person confirmed is what goes: an account that became theirs since the dialog listed it stops this.
    if (expectedOwned && [...expectedOwned].sort().join() !== owned.map((account) => account.id).sort().join()) return { changed: true as const }
    for (const account of owned) {
      const members = await tx.membership.findMany({ where: { accountId: account.id }, select: { user: { select: { email: true } } } })
      await queueMails(tx, members.map(({ user }) => ({ to: user.email, template: "account-deleted" as const, data: { accountName: account.name, ownerName: person.name } })))
      await tx.outboxMail.deleteMany({ where: { status: "PENDING", invitation: { accountId: account.id } } })
    }
    await tx.account.deleteMany({ where: { ownerId: person.id } })

    const memberships = await tx.membership.findMany({ where: { userId: person.id }, select: { accountId: true }, orderBy: { accountId: "asc" } })
    for (const { accountId } of memberships) await leaveAccountIn(tx, person.id, accountId)

    // The user row last, as opening an account locks a membership, then the user (lib/users/home.ts). A second
    // deletion racing this one finds the row gone and does nothing more.
    const [still] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "id" = ${person.id}::uuid FOR UPDATE`
    if (!still) return { deletedAccounts: [] }
    await tx.auditEvent.updateMany({ where: { actorId: person.id }, data: { actorEmail: person.email } })
    // Mail to them, sent or not (it holds their name and address), and the mails of the invitations they sent,
    // withdrawn above, which would carry their name and a dead link.
    await tx.outboxMail.deleteMany({ where: { OR: [{ to: person.email }, { status: "PENDING", invitation: { invitedById: person.id } }] } })
    await tx.rateLimitEvent.deleteMany({ where: { key: { in: keysNaming(person) } } })
    await tx.user.delete({ where: { id: person.id } })

    const deletedAccounts = owned.map((account) => account.name)
    await queueMail(tx, { to: person.email, template: "goodbye", data: { name: person.name, at: now.toISOString(), deletedAccounts } })
    return { deletedAccounts }
  })
}
