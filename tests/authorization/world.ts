// Test support for tests/authorization/matrix.test.ts: the people, the accounts they share, and what the database
// says about them before and after one call.
import { db } from "@/lib/db"
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums"
import { ROLES } from "@/lib/modules"
import { createPerson, turnOnTwoFactor } from "@/tests/factories"

/** Every person owns an account of their own, as sign-up makes them. */
export type Person = { key: PersonKey; name: string; userId: string; email: string; ownAccountId: string; session: "live" | "revoked" | "none" }

const PEOPLE = {
  owner: { name: "Olivia Owner", session: "live" },
  withRole: { name: "Ada Admin", session: "live" },
  withoutRole: { name: "Tom Technical", session: "live" },
  disabled: { name: "Dina Disabled", session: "live" },
  anonymous: { name: "Anna Nobody-Signed-In", session: "none" },
  signedOut: { name: "Rex Revoked", session: "revoked" },
  nonMember: { name: "Nina Outsider", session: "live" },
  anotherMember: { name: "Mia Member", session: "live" },
  seniorMember: { name: "Sid Senior", session: "live" },
  otherAccountMember: { name: "Xavier Elsewhere", session: "live" },
  otherOwner: { name: "Paul Other-Owner", session: "live" },
  withoutTwoFactor: { name: "Nell No-Second-Factor", session: "live" },
} as const satisfies Record<string, { name: string; session: Person["session"] }>
export type PersonKey = keyof typeof PEOPLE

export type People = Record<PersonKey, Person>

/**
 * Account A requires two-factor authentication: everyone has it on but this person, an active member of A holding
 * every role, whom the requirement keeps out.
 */
export const WITHOUT_TWO_FACTOR: PersonKey = "withoutTwoFactor"
export const hasTwoFactor = (person: Person) => person.key !== WITHOUT_TWO_FACTOR

export async function createPeople(): Promise<People> {
  const entries = await Promise.all(
    Object.entries(PEOPLE).map(async ([key, { name, session }]) => {
      const person = await createPerson(name)
      if (key !== WITHOUT_TWO_FACTOR) await turnOnTwoFactor(person.userId)
      return [key, { key, name, userId: person.userId, email: person.email, ownAccountId: person.accountId, session }] as const
    }),
  )
  return Object.fromEntries(entries) as People
}

/** A: the account under test. B: another account, where some of A's people are members too. C: a third, empty. */
export type AccountKey = "A" | "B" | "C"
export type MembershipSpec = { person: PersonKey; account: AccountKey; roles: Role[]; status: MembershipStatus }
export const ACCOUNT_OWNERS: Record<AccountKey, PersonKey> = { A: "owner", B: "otherOwner", C: "otherOwner" }

/**
 * Who is a member of what, generated from the role a module requires (the role table): the member "with the role"
 * holds it and one other, the one "without" holds every other role, the disabled member holds them all. Another
 * member holds a role the one "with the role" holds too; a senior member holds every role, one of them beyond it.
 */
export function membershipsFor(moduleRole: Role): MembershipSpec[] {
  const otherRoles = ROLES.filter((role) => role !== moduleRole)
  return [
    { person: "withRole", account: "A", roles: [moduleRole, otherRoles[0]!], status: "ACTIVE" },
    { person: "withoutRole", account: "A", roles: otherRoles, status: "ACTIVE" },
    { person: "disabled", account: "A", roles: [...ROLES], status: "DISABLED" },
    { person: "anonymous", account: "A", roles: [...ROLES], status: "ACTIVE" },
    { person: "signedOut", account: "A", roles: [...ROLES], status: "ACTIVE" },
    { person: "anotherMember", account: "A", roles: [otherRoles[0]!], status: "ACTIVE" },
    { person: "seniorMember", account: "A", roles: [...ROLES], status: "ACTIVE" },
    { person: "withoutTwoFactor", account: "A", roles: [...ROLES], status: "ACTIVE" },
    { person: "owner", account: "B", roles: [otherRoles[0]!], status: "ACTIVE" },
    { person: "nonMember", account: "B", roles: [...ROLES], status: "ACTIVE" },
    { person: "otherAccountMember", account: "B", roles: [otherRoles[0]!], status: "ACTIVE" },
  ]
}

export type World = {
  people: People
  moduleRole: Role
  accounts: Record<AccountKey, string>
  memberships: (MembershipSpec & { id: string })[]
  /** Each person's Session row in this world (the cookie they would send), if any. */
  sessions: Record<PersonKey, string | null>
}

/** Fresh accounts A, B and C with their memberships, and fresh sessions; the people are shared between worlds. */
export async function createWorld(people: People, moduleRole: Role): Promise<World> {
  const accounts = {} as Record<AccountKey, string>
  for (const key of ["A", "B", "C"] as const) {
    accounts[key] = (await db.account.create({ data: { name: `Account ${key}`, ownerId: people[ACCOUNT_OWNERS[key]].userId, requireTwoFactor: key === "A" } })).id
  }
  const specs = membershipsFor(moduleRole)
  const rows = await db.membership.createManyAndReturn({
    data: specs.map((spec) => ({ accountId: accounts[spec.account], userId: people[spec.person].userId, roles: spec.roles, status: spec.status })),
    select: { id: true, accountId: true, userId: true },
  })
  const memberships = specs.map((spec) => ({
    ...spec,
    id: rows.find((row) => row.accountId === accounts[spec.account] && row.userId === people[spec.person].userId)!.id,
  }))
  await db.user.updateMany({ where: { id: { in: Object.values(people).map((person) => person.userId) } }, data: { lastAccountId: null } })
  const sessions = {} as Record<PersonKey, string | null>
  for (const person of Object.values(people)) {
    const revokedAt = person.session === "revoked" ? new Date() : null
    sessions[person.key] = person.session === "none" ? null : (await db.session.create({ data: { userId: person.userId, revokedAt } })).id
  }
  return { people, moduleRole, accounts, memberships, sessions }
}

export function membershipOf(world: World, person: PersonKey, account: AccountKey) {
  return world.memberships.find((membership) => membership.person === person && membership.account === account)
}

/** The person's membership in A, else in B (the owner of A has none in A). */
export function someMembershipOf(world: World, person: PersonKey) {
  return membershipOf(world, person, "A") ?? membershipOf(world, person, "B")
}

/** The account a person belongs to in this world: A for its owner and members, else B. */
export function homeAccount(world: World, person: PersonKey): AccountKey {
  return ACCOUNT_OWNERS.A === person || membershipOf(world, person, "A") ? "A" : "B"
}

export type Snapshot = Map<string, string>

/** Every row of the world an action could change, as key → state. */
export async function snapshot(world: World): Promise<Snapshot> {
  const accountIds = Object.values(world.accounts)
  const userIds = Object.values(world.people).map((person) => person.userId)
  const [accounts, memberships, invitations, users, sessions, audits, transfers, endpoints, deliveries] = await Promise.all([
    db.account.findMany({ where: { id: { in: accountIds } }, select: { id: true, ownerId: true, requireTwoFactor: true } }),
    db.membership.findMany({ where: { accountId: { in: accountIds } } }),
    db.invitation.findMany({ where: { accountId: { in: accountIds } } }),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, lastAccountId: true, email: true, passwordHash: true, twoFactorEnabledAt: true, twoFactorSecret: true, locale: true, timeZone: true } }),
    db.session.findMany({ where: { userId: { in: userIds } } }),
    db.auditEvent.groupBy({ by: ["accountId"], where: { accountId: { in: accountIds } }, _count: { _all: true } }),
    db.ownershipTransfer.findMany({ where: { accountId: { in: accountIds } }, select: { id: true, status: true, toUserId: true } }),
    db.webhookEndpoint.findMany({ where: { accountId: { in: accountIds } }, select: { id: true, url: true, secret: true, disabledAt: true } }),
    db.webhookDelivery.findMany({ where: { endpoint: { accountId: { in: accountIds } } }, select: { id: true, status: true, nextAttemptAt: true } }),
  ])
  const rows: [string, unknown][] = [
    ...accounts.map((row) => [`account:${row.id}`, [row.ownerId, row.requireTwoFactor]] as [string, unknown]),
    ...memberships.map((row) => [`membership:${row.id}`, [row.accountId, row.userId, row.roles, row.status]] as [string, unknown]),
    ...invitations.map((row) => [`invitation:${row.id}`, [row.accountId, row.email, row.roles, row.status, row.tokenHash]] as [string, unknown]),
    ...users.map((row) => [`user:${row.id}`, [row.email, row.passwordHash, row.lastAccountId, row.twoFactorEnabledAt?.toISOString() ?? null, row.twoFactorSecret, row.locale, row.timeZone]] as [string, unknown]),
    ...sessions.map((row) => [`session:${row.id}`, [row.userId, row.revokedAt?.toISOString() ?? null]] as [string, unknown]),
    ...audits.map((row) => [`audit:${row.accountId}`, row._count._all] as [string, unknown]),
    ...transfers.map((row) => [`transfer:${row.id}`, [row.status, row.toUserId]] as [string, unknown]),
    ...endpoints.map((row) => [`webhook:${row.id}`, [row.url, row.secret, row.disabledAt?.toISOString() ?? null]] as [string, unknown]),
    ...deliveries.map((row) => [`delivery:${row.id}`, [row.status, row.nextAttemptAt.toISOString()]] as [string, unknown]),
  ]
  return new Map(rows.map(([key, value]) => [key, JSON.stringify(value)]))
}

/** The keys of the rows added, changed or removed between two snapshots. */
export function changedKeys(before: Snapshot, after: Snapshot): string[] {
  const keys = new Set([...before.keys(), ...after.keys()])
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort()
}
