// What the PostgreSQL restart left behind, once the deliverers have caught up: every confirmed change stored whole,
// every stored invitation's mail delivered once, and no change stored in part anywhere (the consistency rules).
import { checkConsistency, describeConsistency } from "../consistency"
import { duplicateCount, mailsMatching } from "../mail-log"
import type { Person } from "../people"
import { waitFor } from "../polling"
import type { RunContext } from "../scenario"
import type { Attempt } from "../trickle"

// Mails claimed just before the outage wait out their lease (lib/mail/claim.ts) before another attempt.
const DRAIN_TIMEOUT_MS = 90_000

const subjectsOf = (attempts: Attempt[], kind: Attempt["kind"], ok: boolean) =>
  attempts.filter((attempt) => attempt.kind === kind && attempt.ok === ok).map((attempt) => attempt.subject!)

export async function checkAftermath(
  { sql, postmark }: RunContext,
  attempts: Attempt[],
  owners: { inviting: Person; welcoming: Person },
  inFlightEmails: string[],
) {
  const problems: string[] = []
  const drained = await waitFor(
    "the outbox to drain",
    async () => (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxMail" WHERE status = 'PENDING'`))[0]!.n === 0,
    { timeoutMs: DRAIN_TIMEOUT_MS, intervalMs: 500 },
  ).catch(() => false)
  if (!drained) problems.push(`the outbox did not drain within ${DRAIN_TIMEOUT_MS / 1000} s`)

  const [confirmedInvites, failedInvites, confirmedAccepts] = [subjectsOf(attempts, "invite", true), subjectsOf(attempts, "invite", false), subjectsOf(attempts, "accept", true)]
  const invited = new Set(
    (await sql.query<{ email: string }>(`SELECT email FROM "Invitation" WHERE "accountId" = $1`, [owners.inviting.accountId])).map((row) => row.email),
  )
  const members = new Set(
    (
      await sql.query<{ email: string }>(`SELECT u.email FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."accountId" = $1`, [
        owners.welcoming.accountId,
      ])
    ).map((row) => row.email),
  )
  const lostInvites = confirmedInvites.filter((email) => !invited.has(email))
  const lostAccepts = confirmedAccepts.filter((email) => !members.has(email))
  if (lostInvites.length > 0) problems.push(`confirmed invitations missing from the database: ${lostInvites.join(", ")}`)
  if (lostAccepts.length > 0) problems.push(`confirmed accepts without a membership: ${lostAccepts.join(", ")}`)
  const undelivered = [...invited].filter((email) => mailsMatching(postmark, { to: email }).length === 0).length
  if (undelivered > 0) problems.push(`${undelivered} stored invitation(s) whose mail never arrived`)
  const inFlightCopies = inFlightEmails.map((email) => mailsMatching(postmark, { to: email }).length)
  if (inFlightCopies.some((copies) => copies !== 1)) problems.push(`mails in flight during the stop arrived ${inFlightCopies.join(", ")} times (once each expected)`)
  const duplicates = duplicateCount(postmark.messages())
  if (duplicates > 0) problems.push(`${duplicates} duplicate mail(s) so far`)
  const consistency = await checkConsistency(sql)
  problems.push(...consistency.violations)

  return {
    problems,
    summary:
      `${confirmedInvites.length} confirmed + ${failedInvites.length} failed sends → ${invited.size} invitations stored, ${undelivered} without their mail; ` +
      `${confirmedAccepts.length} confirmed accepts → ${members.size} memberships; the in-flight mails arrived ${inFlightCopies.join(", ")} times; ` +
      `${duplicates} duplicate mails in all; ${describeConsistency(consistency)}`,
  }
}
