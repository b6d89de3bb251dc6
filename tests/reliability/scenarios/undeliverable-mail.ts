// A mail Postmark keeps refusing: after the retry budget it is marked FAILED, Settings → Users says "Email not
// delivered" on the invitation, and Resend (once Postmark is back) delivers a working link. The retry backoff
// (minutes in all) is skipped by setting the mail's nextAttemptAt to now in SQL after each recorded failure; the
// attempts themselves are made by the running app's deliverers.
import { signedInContext } from "../browser"
import { signInOverHttp } from "../http-sign-in"
import { mailsMatching } from "../mail-log"
import { linkIn } from "../../e2e/mailbox"
import { inviteInOpenForm, openInviteForm, pendingInvitationRow, usersPageUrl } from "../pages"
import { createPerson } from "../people"
import { waitFor } from "../polling"
import { Problems, serversOf, type Scenario } from "../scenario"
import type { Sql } from "../sql"

const FAIL_EVERYTHING = 1_000_000
const RETRY_BUDGET = 8 // lib/mail/deliver.ts
const GIVE_UP_TIMEOUT_MS = 60_000
const RESENT_MAIL_TIMEOUT_MS = 20_000

type MailRow = { id: string; status: string; attempts: number }

/** Makes each retry due as soon as the previous failure is recorded, until the mail is given up. */
async function driveToFailure(sql: Sql, invitationId: string): Promise<MailRow> {
  let nudgedAt = 0
  return waitFor(
    "the invitation mail to be marked FAILED",
    async () => {
      const [mail] = await sql.query<MailRow>(
        `SELECT id, status::text AS status, attempts FROM "OutboxMail" WHERE "invitationId" = $1 ORDER BY "createdAt" LIMIT 1`,
        [invitationId],
      )
      if (!mail || mail.status !== "PENDING") return mail
      // Only once per recorded failure: a mail claimed for its next attempt is left alone (its attempts are unchanged).
      if (mail.attempts > nudgedAt) {
        await sql.query(
          `UPDATE "OutboxMail" SET "nextAttemptAt" = now() AT TIME ZONE 'UTC' WHERE id = $1 AND attempts = $2 AND status = 'PENDING'`,
          [mail.id, mail.attempts],
        )
        nudgedAt = mail.attempts
      }
      return undefined
    },
    { timeoutMs: GIVE_UP_TIMEOUT_MS, intervalMs: 100 },
  )
}

export const undeliverableMail: Scenario = {
  name: "undeliverable mail",
  needsServers: true,
  async run(context) {
    const { a, browser } = serversOf(context)
    const { domain, postmark, sql } = context
    const problems = new Problems()
    const owner = await createPerson(domain, "Unlucky Owner")
    const guestEmail = domain.uniqueEmail("unreachable")
    const page = await (await signedInContext(browser, await signInOverHttp(a.url, owner.email, domain.password))).newPage()

    postmark.failNext(FAIL_EVERYTHING, "500")
    await openInviteForm(page, a.url, owner.accountId)
    await inviteInOpenForm(page, guestEmail)
    const [invitation] = await sql.query<{ id: string }>(`SELECT id FROM "Invitation" WHERE "accountId" = $1 AND email = $2`, [
      owner.accountId,
      guestEmail,
    ])
    const given = await driveToFailure(sql, invitation!.id)
    postmark.failNext(0, "500") // Postmark is back

    problems.expect(given.status === "FAILED" && given.attempts === RETRY_BUDGET, `mail ended ${given.status} after ${given.attempts} attempts`)
    await page.goto(usersPageUrl(a.url, owner.accountId))
    const row = pendingInvitationRow(page, guestEmail)
    const flagged = await row.getByText("Email not delivered").isVisible()
    problems.expect(flagged, `Settings → Users does not say "Email not delivered" for ${guestEmail}`)

    await row.getByRole("button", { name: "Resend" }).click()
    const resent = await waitFor("the resent invitation mail", () => mailsMatching(postmark, { to: guestEmail })[0], {
      timeoutMs: RESENT_MAIL_TIMEOUT_MS,
    }).catch(() => undefined)
    problems.expect(resent !== undefined, "the resent mail never arrived")
    let linkWorks = false
    if (resent) {
      const invitationPage = await (await fetch(linkIn(resent, "/invitations/").replace(/^https?:\/\/[^/]+/, a.url))).text()
      linkWorks = invitationPage.includes(`Join ${owner.name}&#x27;s account on Hitflow`) || invitationPage.includes(`Join ${owner.name}'s account`)
      problems.expect(linkWorks, "the resent link does not open the pending invitation")
    }
    await page.goto(usersPageUrl(a.url, owner.accountId))
    const stillFlagged = await pendingInvitationRow(page, guestEmail).getByText("Email not delivered").isVisible()
    problems.expect(!stillFlagged, `"Email not delivered" still shown after the resent mail was delivered`)
    await page.context().close()

    const copies = mailsMatching(postmark, { to: guestEmail }).length
    const [state] = await sql.query<{ statuses: string }>(
      `SELECT string_agg(status::text, ',' ORDER BY "createdAt") AS statuses FROM "OutboxMail" WHERE "invitationId" = $1`,
      [invitation!.id],
    )
    problems.expect(copies === 1, `${copies} mails reached ${guestEmail}, expected the resent one only`)
    problems.expect(state!.statuses === "FAILED,SENT", `the invitation's mails are ${state!.statuses}, expected FAILED,SENT`)
    return {
      summary:
        `invitation mail refused ${given.attempts}/${RETRY_BUDGET} times → ${given.status}; Users page ${flagged ? "showed" : "did not show"} "Email not delivered"; ` +
        `Resend after recovery → ${copies} mail delivered, link ${linkWorks ? "opens the pending invitation" : "broken"}, flag ${stillFlagged ? "still shown" : "gone"}`,
      problems: problems.list,
    }
  },
}
