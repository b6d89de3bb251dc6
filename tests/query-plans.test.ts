// Every list query of the account pages is backed by an index. On one big account among many (thousands of
// members, invitations and audit events), the exact SQL that Prisma sends for the Users and Activity pages, the
// account menu, the access check and the invite action is planned by PostgreSQL without a sequential scan of the
// membership, invitation or audit tables.
import crypto from "node:crypto"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { findAccess, findAccessForSession } from "@/lib/access/check"
import { listVisibleAccounts } from "@/lib/accounts/visible"
import { sendInvitation } from "@/lib/invitations/send"
import { listActivity } from "@/lib/members/activity"
import { listOpenInvitations } from "@/lib/invitations/open"
import { listMembers } from "@/lib/members/list"

type Statement = { query: string; params: unknown[] }
const captured = vi.hoisted(() => ({ statements: [] as Statement[] }))

// The app's pool and client, plus a record of every statement sent through the pool (Prisma's and its own).
vi.mock("@/lib/db", async () => {
  const { default: pg } = await import("pg")
  const { PrismaPg } = await import("@prisma/adapter-pg")
  const { PrismaClient } = await import("@/lib/generated/prisma/client")
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL })
  pool.on("connect", (connection) => {
    const query = connection.query.bind(connection) as (...args: unknown[]) => unknown
    connection.query = ((statement: string | { text: string; values?: unknown[] }, ...rest: unknown[]) => {
      if (typeof statement === "object") captured.statements.push({ query: statement.text, params: statement.values ?? [] })
      return query(statement, ...rest)
    }) as unknown as typeof connection.query
  })
  return { pool, db: new PrismaClient({ adapter: new PrismaPg(pool) }) }
})

const WATCHED_TABLES = ["Membership", "Invitation", "AuditEvent"]
const SIZES = { people: 2_000, otherAccounts: 200, membersPerOtherAccount: 50, bigPending: 500, otherPending: 10 }
const tag = crypto.randomBytes(4).toString("hex")
const domain = `plans-${tag}.test`

let client: pg.Client
let big: { accountId: string; ownerId: string }
let member: { userId: string; sessionId: string }

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await seed()
  await client.query(`VACUUM ANALYZE "User", "Account", "Membership", "Invitation", "OutboxMail", "AuditEvent", "Session"`)
})

afterAll(async () => {
  const mine = `SELECT "id" FROM "User" WHERE "email" LIKE '%@${domain}'`
  await client.query(`DELETE FROM "OutboxMail" WHERE "to" LIKE '%@${domain}'`)
  await client.query(`DELETE FROM "Account" WHERE "ownerId" IN (${mine})`)
  await client.query(`DELETE FROM "User" WHERE "id" IN (${mine})`)
  await client.end()
})

/** What PostgreSQL plans for each statement `run` sends: the sequential scans of watched tables it contains. */
async function sequentialScansIn(run: () => Promise<unknown>): Promise<string[]> {
  captured.statements.length = 0
  await run()
  const statements = captured.statements.filter(({ query }) => /^\s*(SELECT|UPDATE|DELETE|WITH)\b/i.test(query))
  expect(statements.length).toBeGreaterThan(0)
  const found: string[] = []
  for (const { query, params } of statements) {
    const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${query}`, params)
    const plan = (rows[0] as { "QUERY PLAN": [{ Plan: PlanNode }] })["QUERY PLAN"][0].Plan
    for (const table of seqScannedTables(plan)) if (WATCHED_TABLES.includes(table)) found.push(`${table}: ${query.replace(/\s+/g, " ").trim()}`)
  }
  return found
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] }
function seqScannedTables(node: PlanNode): string[] {
  const own = node["Node Type"] === "Seq Scan" && node["Relation Name"] ? [node["Relation Name"]] : []
  return [...own, ...(node.Plans ?? []).flatMap(seqScannedTables)]
}

describe("query plans on a big account among many", () => {
  it("the access check of every account page", async () => {
    expect(await sequentialScansIn(() => findAccessForSession(member, big.accountId))).toEqual([])
  })

  it("Settings → Users: the first page of members and the pending invitations", async () => {
    expect(await sequentialScansIn(() => listMembers(big.accountId, 1))).toEqual([])
    expect(await sequentialScansIn(() => listOpenInvitations(big.accountId))).toEqual([])
  })

  it("Settings → Users → Activity: the first page", async () => {
    expect(await sequentialScansIn(() => listActivity(big.accountId, 1))).toEqual([])
  })

  it("the account menu of a member of several accounts", async () => {
    expect(await sequentialScansIn(() => listVisibleAccounts(member.userId))).toEqual([])
  })

  it("the invite action's transaction", async () => {
    const access = await findAccess(big.ownerId, big.accountId)
    const invite = () => sendInvitation({ actor: { userId: big.ownerId, access: access! }, email: `new-invitee@${domain}`, roles: ["TECHNICAL"] })
    expect(await sequentialScansIn(invite)).toEqual([])
  })
})

/**
 * People 1..N each own an account. Person 1's account is the big one: everyone is a member. Persons 2..201's
 * accounts have 50 members each. Every membership came from an accepted invitation (with its mail and two audit
 * events); the big account has pending invitations too, and the others a few.
 */
async function seed() {
  const people = await client.query<{ n: number; userId: string; accountId: string }>(
    `WITH ids AS (SELECT n, gen_random_uuid() AS "userId", gen_random_uuid() AS "accountId" FROM generate_series(1, $1::int) AS n),
     users AS (
       INSERT INTO "User" ("id", "email", "name", "passwordHash", "lastAccountId", "updatedAt")
       SELECT "userId", 'person-' || n || '@' || $2, 'Person ' || n, 'not-a-hash', "accountId", now() FROM ids
     ), accounts AS (
       INSERT INTO "Account" ("id", "name", "ownerId", "updatedAt") SELECT "accountId", 'Account ' || n, "userId", now() FROM ids
     )
     SELECT n, "userId", "accountId" FROM ids WHERE n IN (1, 2)`,
    [SIZES.people, domain],
  )
  const [owner, someone] = people.rows.sort((a, b) => a.n - b.n)
  big = { accountId: owner!.accountId, ownerId: owner!.userId }

  const person = `FROM "User" u WHERE u."email" LIKE '%@' || $1`
  await client.query(
    `INSERT INTO "Membership" ("id", "accountId", "userId", "roles", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $2::uuid, u."id", '{TECHNICAL}', now() - make_interval(mins => random_minutes), now()
     FROM (SELECT u."id", (random() * 100000)::int AS random_minutes ${person} AND u."id" <> $3::uuid) AS u`,
    [domain, big.accountId, big.ownerId],
  )
  await client.query(
    `INSERT INTO "Membership" ("id", "accountId", "userId", "roles", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), a."id", m."id", '{TECHNICAL,ADMIN}', now() - make_interval(mins => (random() * 100000)::int), now()
     FROM (SELECT a."id", row_number() OVER (ORDER BY a."id") AS k FROM "Account" a JOIN "User" u ON u."id" = a."ownerId"
           WHERE u."email" LIKE '%@' || $1 AND a."id" <> $2::uuid LIMIT $3) AS a
     CROSS JOIN generate_series(1, $4::int) AS j
     JOIN (SELECT u."id", row_number() OVER (ORDER BY u."id") AS i ${person}) AS m ON m.i = (a.k * $4 + j) % $5 + 1
     ON CONFLICT DO NOTHING`,
    [domain, big.accountId, SIZES.otherAccounts, SIZES.membersPerOtherAccount, SIZES.people],
  )
  await client.query(
    `INSERT INTO "Invitation" ("id", "accountId", "email", "roles", "tokenHash", "status", "invitedById", "expiresAt", "respondedAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), m."accountId", u."email", m."roles", md5(m."id"::text), 'ACCEPTED', a."ownerId", m."createdAt" + interval '3 days',
            m."createdAt", m."createdAt" - interval '1 hour', m."createdAt"
     FROM "Membership" m JOIN "User" u ON u."id" = m."userId" JOIN "Account" a ON a."id" = m."accountId" WHERE u."email" LIKE '%@' || $1`,
    [domain],
  )
  await client.query(
    `INSERT INTO "Invitation" ("id", "accountId", "email", "roles", "tokenHash", "invitedById", "expiresAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), a."id", 'pending-' || i || '-' || a."id" || '@' || $1, '{TECHNICAL}', md5(a."id"::text || i), a."ownerId",
            now() + interval '3 days' - make_interval(mins => i), now() - make_interval(mins => i), now()
     FROM "Account" a JOIN "User" u ON u."id" = a."ownerId"
     CROSS JOIN LATERAL generate_series(1, CASE WHEN a."id" = $2::uuid THEN $3::int ELSE $4::int END) AS i
     WHERE u."email" LIKE '%@' || $1`,
    [domain, big.accountId, SIZES.bigPending, SIZES.otherPending],
  )
  await client.query(
    `INSERT INTO "OutboxMail" ("id", "template", "to", "payload", "status", "sentAt", "createdAt", "invitationId")
     SELECT gen_random_uuid(), 'invitation', i."email", '{}', 'SENT', i."createdAt", i."createdAt", i."id"
     FROM "Invitation" i WHERE i."email" LIKE '%@' || $1`,
    [domain],
  )
  await client.query(
    `INSERT INTO "AuditEvent" ("id", "accountId", "actorId", "action", "targetEmail", "createdAt")
     SELECT gen_random_uuid(), i."accountId", i."invitedById", 'INVITATION_SENT'::"AuditAction", i."email", i."createdAt" FROM "Invitation" i WHERE i."email" LIKE '%@' || $1
     UNION ALL
     SELECT gen_random_uuid(), i."accountId", NULL, 'INVITATION_ACCEPTED'::"AuditAction", i."email", i."respondedAt"
     FROM "Invitation" i WHERE i."email" LIKE '%@' || $1 AND i."status" = 'ACCEPTED'`,
    [domain],
  )
  const session = await client.query<{ id: string }>(`INSERT INTO "Session" ("id", "userId") VALUES (gen_random_uuid(), $1) RETURNING "id"`, [someone!.userId])
  member = { userId: someone!.userId, sessionId: session.rows[0]!.id }
}
