// After everything above: the whole database obeys the consistency rules, and the outbox and the fake Postmark agree
// mail for mail (every mail marked sent arrived exactly once, nothing is left pending).
import { checkConsistency, describeConsistency } from "../consistency"
import { duplicateCount } from "../mail-log"
import { waitFor } from "../polling"
import { Problems, type Scenario } from "../scenario"

// Longer than a deliverer's lease (lib/mail/claim.ts): a mail claimed just before an outage waits that long.
const DRAIN_TIMEOUT_MS = 90_000

export const endState: Scenario = {
  name: "end state",
  needsServers: true,
  async run({ sql, postmark }) {
    const problems = new Problems()
    const pending = await waitFor(
      "the outbox to drain",
      async () => {
        const [row] = await sql.query<{ pending: number }>(`SELECT count(*)::int AS pending FROM "OutboxMail" WHERE status = 'PENDING'`)
        return row!.pending === 0 ? 0 : undefined
      },
      { timeoutMs: DRAIN_TIMEOUT_MS, intervalMs: 500 },
    ).catch(async () => (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxMail" WHERE status = 'PENDING'`))[0]!.n)
    const [ledger] = await sql.query<{ sent: number; failed: number }>(
      `SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, count(*) FILTER (WHERE status = 'FAILED')::int AS failed FROM "OutboxMail"`,
    )
    const received = postmark.messages()
    const duplicates = duplicateCount(received)
    problems.expect(pending === 0, `${pending} mail(s) still pending`)
    problems.expect(ledger!.sent === received.length, `${ledger!.sent} mails marked sent but ${received.length} received`)
    problems.expect(duplicates === 0, `${duplicates} duplicate mail(s) received`)

    const consistency = await checkConsistency(sql)
    for (const violation of consistency.violations) problems.expect(false, violation)
    return {
      summary:
        `outbox: ${ledger!.sent} mails marked sent, ${received.length} received, ${duplicates} duplicates, ${pending} pending, ${ledger!.failed} failed for good; ` +
        `database: ${describeConsistency(consistency)}`,
      problems: problems.list,
    }
  },
}
