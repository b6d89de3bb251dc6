// Postmark fails while people send invitations through the app: first it answers 500, then it hangs until the
// deliverer gives up. The forms still confirm at once (mail goes out later), no invitation is rolled back, and once
// Postmark is back every mail arrives exactly once. The failures are counted in calls: a failed batch call is one
// failed attempt for each mail in it.
import { signedInContext } from "../browser"
import { signInOverHttp } from "../http-sign-in"
import { duplicateCount, mailsMatching, waitForMails, type MailMatch } from "../mail-log"
import { inviteInOpenForm, openInviteForm } from "../pages"
import { createPerson } from "../people"
import { Problems, serversOf, type Scenario } from "../scenario"
import type { Sql } from "../sql"
import type { FailureMode } from "../../fake-postmark"

const PHASES: { mode: FailureMode; failures: number; invitations: number }[] = [
  { mode: "500", failures: 6, invitations: 6 },
  { mode: "timeout", failures: 3, invitations: 3 },
]
// Timeouts take 10 s each before the retry (lib/mail/deliver.ts), then 2 s of backoff.
const RECOVERY_TIMEOUT_MS = 60_000

/** Failed delivery attempts recorded in the whole outbox so far. */
async function failedAttempts(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ failed: number }>(
    `SELECT coalesce(sum(attempts) - count(*) FILTER (WHERE status = 'SENT'), 0)::int AS failed FROM "OutboxMail"`,
  )
  return row!.failed
}

export const postmarkOutage: Scenario = {
  name: "postmark outage",
  needsServers: true,
  async run(context) {
    const { a, browser } = serversOf(context)
    const { domain, postmark, sql } = context
    const problems = new Problems()
    const owner = await createPerson(domain, "Patient Owner")
    const page = await (await signedInContext(browser, await signInOverHttp(a.url, owner.email, domain.password))).newPage()
    await openInviteForm(page, a.url, owner.accountId)
    const failedBefore = await failedAttempts(sql)
    const refusedBefore = postmark.refusedMessages()

    const expected: MailMatch[] = []
    for (const phase of PHASES) {
      postmark.failNext(phase.failures, phase.mode)
      const phaseMails: MailMatch[] = []
      for (let index = 0; index < phase.invitations; index++) {
        const email = domain.uniqueEmail(`outage-${phase.mode}`)
        await inviteInOpenForm(page, email) // confirmed by the page while Postmark is failing
        phaseMails.push({ to: email, subject: `\u201c${owner.name}'s account\u201d` })
      }
      // Each phase's failures are used up by its own mails before the next phase starts.
      await waitForMails(postmark, phaseMails, RECOVERY_TIMEOUT_MS)
      expected.push(...phaseMails)
    }
    await page.context().close()

    const copies = expected.map((match) => mailsMatching(postmark, match).length)
    const lost = copies.filter((count) => count === 0).length
    const duplicates = duplicateCount(expected.flatMap((match) => mailsMatching(postmark, match)))
    const injected = PHASES.reduce((sum, phase) => sum + phase.failures, 0)
    const refused = postmark.refusedMessages() - refusedBefore
    const failed = (await failedAttempts(sql)) - failedBefore
    const [invitations] = await sql.query<{ pending: number; audited: number }>(
      `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
              (SELECT count(*)::int FROM "AuditEvent" WHERE "accountId" = $1 AND action = 'INVITATION_SENT') AS audited
       FROM "Invitation" WHERE "accountId" = $1`,
      [owner.accountId],
    )
    problems.expect(lost === 0, `${lost} invitation mail(s) never arrived`)
    problems.expect(duplicates === 0, `${duplicates} invitation mail(s) arrived twice`)
    problems.expect(failed === refused, `${failed} failed attempts recorded, ${refused} mails in the ${injected} failed calls`)
    problems.expect(invitations!.pending === expected.length, `${invitations!.pending} of ${expected.length} invitations still pending`)
    problems.expect(invitations!.audited === expected.length, `${invitations!.audited} of ${expected.length} invitations audited`)
    const phases = PHASES.map((phase) => `${phase.mode === "500" ? "answered 500 to" : "hung on"} ${phase.failures} calls`).join(", then ")
    return {
      summary:
        `${expected.length} invitations sent via :${a.port} while the fake Postmark ${phases}: every form confirmed, ${failed} failed attempts retried, ` +
        `${expected.length - lost} mails delivered, ${duplicates} duplicates, ${lost} lost, ${invitations!.pending}/${expected.length} invitations still pending`,
      problems: problems.list,
    }
  },
}
