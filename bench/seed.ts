// The benchmark's data, generated in SQL (generate_series) so 10,000 members take seconds, not minutes:
// - a big account: 10,000 members, each with the accepted invitation, mail and audit trail that brought them,
//   and 1,000 pending invitations;
// - a person who belongs to 500 accounts (their own and 499 hosts');
// - a small account with 3 members, one of whom sees exactly 3 accounts;
// - Admins of the 499 hosts' accounts, who send the invitations: the throttles allow 50 a day per account and 100
//   a day per person, so a run's hundreds of invitations go round many accounts and several senders.
// Every person owns an account, as sign-up makes them. One argon2 hash (lib/password's settings) serves everyone.
import pg from "pg"
import { newApiKey } from "@/lib/api/keys"
import { hashPassword } from "@/lib/auth/password"

export const BENCH_EMAIL_DOMAIN = "bench.test"
export const BENCH_PASSWORD = "bench-password-2026"

export const SEED_SIZES = { bigMembers: 10_000, bigPendingInvitations: 1_000, multiAccounts: 500, smallMembers: 3, inviters: 20 } as const

export type BenchFixtures = {
  password: string
  /** Owner of the 10,000-member account, and an API key of theirs to it (Admin). */
  bigOwner: { email: string; accountId: string; apiKey: string }
  /** Owner of the 3-member account. */
  smallOwner: { email: string; accountId: string }
  /** A Technical member of the small account who sees 3 accounts. */
  trio: { email: string; memberOf: string; visibleAccounts: number }
  /** A Technical member of 499 accounts who sees 500. */
  multi: { email: string; memberOf: string; visibleAccounts: number }
  /** Admins of the 499 hosts' accounts. */
  inviters: { emails: string[]; adminOf: string[] }
}

const email = (prefix: string, n: number) => `${prefix}-${n}@${BENCH_EMAIL_DOMAIN}`

export async function seedBenchData(url: string): Promise<BenchFixtures> {
  const passwordHash = await hashPassword(BENCH_PASSWORD)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query("BEGIN")
    const sql = new SeedSql(client, passwordHash)
    const big = await sql.person("bigowner")
    await sql.people("member", SEED_SIZES.bigMembers)
    await sql.addMembers(big.accountId, "member")
    await sql.recordJoiningHistory(big.accountId, big.userId)
    await sql.addPendingInvitations(big.accountId, big.userId, "invitee", SEED_SIZES.bigPendingInvitations)

    const small = await sql.person("smallowner")
    const trio = await sql.person("trio")
    await sql.people("smallmember", SEED_SIZES.smallMembers - 1)
    await sql.addMembers(small.accountId, "trio")
    await sql.addMembers(small.accountId, "smallmember")
    await sql.recordJoiningHistory(small.accountId, small.userId)
    await sql.addPendingInvitations(small.accountId, small.userId, "smallinvitee", 2)

    const multi = await sql.person("multi")
    await sql.people("host", SEED_SIZES.multiAccounts - 1)
    await sql.addToAccountsOwnedBy("multi", "host", "{TECHNICAL}")
    const firstHost = await sql.accountOf(email("host", 1))
    await sql.addMembers(firstHost, "trio")

    await sql.people("inviter", SEED_SIZES.inviters)
    await sql.addToAccountsOwnedBy("inviter", "host", "{TECHNICAL,ADMIN,BILLING}")
    const inviterAccounts = await sql.accountsOwnedBy("host")
    const apiKey = newApiKey()
    await client.query(
      `INSERT INTO "ApiKey" ("id", "accountId", "createdById", "name", "prefix", "keyHash", "roles") VALUES (gen_random_uuid(), $1, $2, 'Bench', $3, $4, '{ADMIN}')`,
      [big.accountId, big.userId, apiKey.prefix, apiKey.keyHash],
    )
    await client.query("COMMIT")

    // Fresh statistics and visibility maps, as a long-running database has them.
    await client.query("VACUUM ANALYZE")
    return {
      password: BENCH_PASSWORD,
      bigOwner: { email: big.email, accountId: big.accountId, apiKey: apiKey.key },
      smallOwner: { email: small.email, accountId: small.accountId },
      trio: { email: trio.email, memberOf: small.accountId, visibleAccounts: 3 },
      multi: { email: multi.email, memberOf: firstHost, visibleAccounts: SEED_SIZES.multiAccounts },
      inviters: { emails: Array.from({ length: SEED_SIZES.inviters }, (_, index) => email("inviter", index + 1)), adminOf: inviterAccounts },
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}

type Person = { email: string; userId: string; accountId: string }

/** The generator's statements. People are named `${prefix}-${n}@bench.test`, and found again by that pattern. */
class SeedSql {
  constructor(
    private readonly client: pg.Client,
    private readonly passwordHash: string,
  ) {}

  /** `count` people, each with the account they own; they signed up a second apart, a month ago. */
  async people(prefix: string, count: number): Promise<void> {
    await this.client.query(
      `WITH ids AS (
         SELECT i, gen_random_uuid() AS "userId", gen_random_uuid() AS "accountId",
                now() - interval '30 days' + make_interval(secs => i) AS at
         FROM generate_series(1, $3::int) AS i
       ), users AS (
         INSERT INTO "User" ("id", "email", "name", "passwordHash", "emailVerifiedAt", "lastAccountId", "createdAt", "updatedAt")
         SELECT "userId", $1 || '-' || i || '@' || $4, initcap($1) || ' ' || i, $2, at, "accountId", at, at FROM ids
       )
       INSERT INTO "Account" ("id", "name", "ownerId", "createdAt", "updatedAt")
       SELECT "accountId", initcap($1) || ' ' || i || '''s account', "userId", at, at FROM ids`,
      [prefix, this.passwordHash, count, BENCH_EMAIL_DOMAIN],
    )
  }

  async person(prefix: string): Promise<Person> {
    await this.people(prefix, 1)
    const address = email(prefix, 1)
    const { rows } = await this.client.query<{ id: string; lastAccountId: string }>(
      `SELECT "id", "lastAccountId" FROM "User" WHERE "email" = $1`,
      [address],
    )
    return { email: address, userId: rows[0]!.id, accountId: rows[0]!.lastAccountId }
  }

  async accountOf(ownerEmail: string): Promise<string> {
    const { rows } = await this.client.query<{ id: string }>(
      `SELECT a."id" FROM "Account" a JOIN "User" u ON u."id" = a."ownerId" WHERE u."email" = $1`,
      [ownerEmail],
    )
    return rows[0]!.id
  }

  async accountsOwnedBy(ownerPrefix: string): Promise<string[]> {
    const { rows } = await this.client.query<{ id: string }>(
      `SELECT a."id" FROM "Account" a JOIN "User" u ON u."id" = a."ownerId" WHERE u."email" LIKE $1 || '-%@' || $2 ORDER BY a."id"`,
      [ownerPrefix, BENCH_EMAIL_DOMAIN],
    )
    return rows.map((row) => row.id)
  }

  /** Every `${prefix}-n` person joins the account, a minute apart, with a mix of roles; one in 20 is deactivated. */
  async addMembers(accountId: string, prefix: string): Promise<void> {
    await this.client.query(
      `INSERT INTO "Membership" ("id", "accountId", "userId", "roles", "status", "statusChangedAt", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1::uuid, u."id",
              (CASE u.n % 4 WHEN 1 THEN '{TECHNICAL}' WHEN 2 THEN '{TECHNICAL,ADMIN}' WHEN 3 THEN '{BILLING}'
                            ELSE '{TECHNICAL,ADMIN,BILLING}' END)::"Role"[],
              (CASE WHEN u.n % 20 = 0 THEN 'DISABLED' ELSE 'ACTIVE' END)::"MembershipStatus",
              u.joined, u.joined, u.joined
       FROM (SELECT "id", row_number() OVER (ORDER BY "createdAt") AS n,
                    now() - interval '20 days' + make_interval(mins => (row_number() OVER (ORDER BY "createdAt"))::int) AS joined
             FROM "User" WHERE "email" LIKE $2 || '-%@' || $3) AS u`,
      [accountId, prefix, BENCH_EMAIL_DOMAIN],
    )
  }

  /** Every `${memberPrefix}-n` person is a member with `roles` of every account owned by a `${ownerPrefix}-n` person. */
  async addToAccountsOwnedBy(memberPrefix: string, ownerPrefix: string, roles: string): Promise<void> {
    await this.client.query(
      `INSERT INTO "Membership" ("id", "accountId", "userId", "roles", "status", "statusChangedAt", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), a."id", m."id", $4::"Role"[], 'ACTIVE', now(), now(), now()
       FROM "Account" a JOIN "User" o ON o."id" = a."ownerId", "User" m
       WHERE o."email" LIKE $2 || '-%@' || $3 AND m."email" LIKE $1 || '-%@' || $3`,
      [memberPrefix, ownerPrefix, BENCH_EMAIL_DOMAIN, roles],
    )
  }

  /** For each member of the account: the accepted invitation, its delivered mail, and the two audit events. */
  async recordJoiningHistory(accountId: string, inviterId: string): Promise<void> {
    await this.client.query(
      `INSERT INTO "Invitation" ("id", "accountId", "email", "roles", "tokenHash", "status", "invitedById", "expiresAt",
                                 "respondedAt", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), m."accountId", u."email", m."roles", encode(sha256(convert_to('accepted-' || m."id", 'UTF8')), 'hex'),
              'ACCEPTED', $2::uuid, m."createdAt" + interval '71 hours', m."createdAt", m."createdAt" - interval '1 hour', m."createdAt"
       FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE m."accountId" = $1::uuid`,
      [accountId, inviterId],
    )
    await this.queueSentMails(accountId, "ACCEPTED")
    await this.client.query(
      `INSERT INTO "AuditEvent" ("id", "accountId", "actorId", "action", "targetEmail", "details", "createdAt")
       SELECT gen_random_uuid(), i."accountId", i."invitedById", 'INVITATION_SENT'::"AuditAction", i."email", jsonb_build_object('roles', i."roles"), i."createdAt"
       FROM "Invitation" i WHERE i."accountId" = $1::uuid AND i."status" = 'ACCEPTED'
       UNION ALL
       SELECT gen_random_uuid(), i."accountId", u."id", 'INVITATION_ACCEPTED'::"AuditAction", i."email", jsonb_build_object('roles', i."roles"), i."respondedAt"
       FROM "Invitation" i JOIN "User" u ON u."email" = i."email" WHERE i."accountId" = $1::uuid AND i."status" = 'ACCEPTED'`,
      [accountId],
    )
  }

  /** `count` invitations still pending (sent over the last `count` seconds), each with its delivered mail and audit event. */
  async addPendingInvitations(accountId: string, inviterId: string, prefix: string, count: number): Promise<void> {
    await this.client.query(
      `INSERT INTO "Invitation" ("id", "accountId", "email", "roles", "tokenHash", "status", "invitedById", "expiresAt",
                                 "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1::uuid, $3 || '-' || i || '@' || $5, '{TECHNICAL}',
              encode(sha256(convert_to('pending-' || $1 || '-' || i, 'UTF8')), 'hex'), 'PENDING', $2::uuid,
              now() + interval '72 hours' - make_interval(secs => $4::int - i), now() - make_interval(secs => $4::int - i), now()
       FROM generate_series(1, $4::int) AS i`,
      [accountId, inviterId, prefix, count, BENCH_EMAIL_DOMAIN],
    )
    await this.queueSentMails(accountId, "PENDING")
    await this.client.query(
      `INSERT INTO "AuditEvent" ("id", "accountId", "actorId", "action", "targetEmail", "details", "createdAt")
       SELECT gen_random_uuid(), "accountId", "invitedById", 'INVITATION_SENT', "email", jsonb_build_object('roles', "roles"), "createdAt"
       FROM "Invitation" WHERE "accountId" = $1::uuid AND "status" = 'PENDING'`,
      [accountId],
    )
  }

  private async queueSentMails(accountId: string, status: "ACCEPTED" | "PENDING"): Promise<void> {
    await this.client.query(
      `INSERT INTO "OutboxMail" ("id", "template", "to", "payload", "status", "attempts", "nextAttemptAt", "sentAt", "createdAt", "invitationId")
       SELECT gen_random_uuid(), 'invitation', "email", '{}'::jsonb, 'SENT', 1, "createdAt", "createdAt", "createdAt", "id"
       FROM "Invitation" WHERE "accountId" = $1::uuid AND "status" = $2::"InvitationStatus"`,
      [accountId, status],
    )
  }
}
