// Members to race changes over, made the way the app makes them: invitations, accepted.
import type { Domain } from "../domain"
import { createPeople, createPerson, type Person } from "../people"
import type { Sql } from "../sql"
import { makeMember, ROUNDS_PER_ACCOUNT } from "./race-kit"

type Actor = Awaited<ReturnType<Domain["actorFor"]>>

export type RaceMember = { person: Person; membershipId: string; ownerActor: Actor; adminActor: Actor }

/** `count` members, ROUNDS_PER_ACCOUNT to an account, each account with its owner and an Admin holding every role. */
export async function membersToRaceOver(domain: Domain, sql: Sql, label: string, count: number): Promise<RaceMember[]> {
  const members: RaceMember[] = []
  for (let start = 0; start < count; start += ROUNDS_PER_ACCOUNT) {
    const owner = await createPerson(domain, `${label} Owner`)
    const admin = await createPerson(domain, `${label} Admin`)
    await makeMember(domain, sql, owner, admin)
    const ownerActor = await domain.actorFor(owner.userId, owner.accountId)
    const adminActor = await domain.actorFor(admin.userId, owner.accountId)
    for (const person of await createPeople(domain, `${label} Member`, Math.min(ROUNDS_PER_ACCOUNT, count - start))) {
      members.push({ person, membershipId: await makeMember(domain, sql, owner, person), ownerActor, adminActor })
    }
  }
  return members
}

export async function membershipState(sql: Sql, membershipId: string) {
  const [row] = await sql.query<{ status: string; roles: string[]; accountId: string; email: string }>(
    `SELECT m.status::text AS status, m.roles::text[] AS roles, m."accountId", u.email
     FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m.id = $1`,
    [membershipId],
  )
  return row!
}

/** The member's access-change events in the order they were recorded. */
export async function memberEvents(sql: Sql, accountId: string, email: string): Promise<string[]> {
  const rows = await sql.query<{ action: string }>(
    `SELECT action::text AS action FROM "AuditEvent" WHERE "accountId" = $1 AND "targetEmail" = $2 AND action::text LIKE 'MEMBER_%'
     ORDER BY "createdAt", id`,
    [accountId, email],
  )
  return rows.map((row) => row.action)
}
