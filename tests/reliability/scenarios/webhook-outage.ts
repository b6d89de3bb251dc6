// A webhook receiver goes down while both instances take invitations: it resets connections, then answers 500 (each
// event meets the outage), then hangs on a few requests until the deliverers give up on them. Once it is back, every invitation.sent event arrives
// exactly once, verified, under the webhook-id its failed attempts carried; none is lost, none is sent twice.
import { switchSession } from "../browser"
import { signInOverHttp } from "../http-sign-in"
import { inviteInOpenForm, openInviteForm } from "../pages"
import { createPeople, type Person } from "../people"
import { pause, waitFor } from "../polling"
import { Problems, serversOf, type Scenario } from "../scenario"
import type { Sql } from "../sql"
import { startWebhookReceiver, type Received } from "../webhook-receiver"

const RECEIVER_PORT = Number(process.env.RELIABILITY_RECEIVER_PORT ?? 4032)
const OWNERS = 2
/** Invitations each owner sends through each instance's pages during the outage. */
const PAGE_INVITATIONS = 3
/** Invitations queued straight through the domain at once, for whichever deliverer ticks next. */
const BURST = 30
const HUNG_REQUESTS = 4
const OUTAGE_TIMEOUT_MS = 30_000
const RECOVERY_TIMEOUT_MS = 120_000

/**
 * Retries back off to minutes and hours (lib/webhooks/deliver.ts); the scenario moves their clock forward by making
 * waiting retries due now. Rows a deliverer holds are leased for at most a minute and are left alone.
 */
async function makeRetriesDue(sql: Sql): Promise<void> {
  await sql.query(
    `UPDATE "WebhookDelivery" SET "nextAttemptAt" = now()
     WHERE status = 'PENDING' AND attempts > 0 AND "nextAttemptAt" > now() + interval '90 seconds'`,
  )
}

export const webhookOutage: Scenario = {
  name: "webhook receiver outage",
  needsServers: true,
  async run(context) {
    const { a, b, browser } = serversOf(context)
    const { domain, sql } = context
    const problems = new Problems()
    const receiver = await startWebhookReceiver(RECEIVER_PORT)
    try {
      const owners = await createPeople(domain, "Hooked Owner", OWNERS)
      const pathOf = new Map<Person, string>()
      const endpointIds: string[] = []
      for (const [index, owner] of owners.entries()) {
        const path = `/hooks/${index}`
        const actor = await domain.actorFor(owner.userId, owner.accountId)
        const added = await domain.addWebhookEndpoint(actor, { url: receiver.url(path), description: "Directory sync", events: [] })
        if (!added.ok) throw new Error(`adding an endpoint failed: ${added.reason}`)
        const revealed = await domain.revealWebhookSecret(actor, added.id)
        if (!revealed.ok) throw new Error(`revealing its secret failed: ${revealed.reason}`)
        receiver.trust(path, revealed.secret)
        pathOf.set(owner, path)
        endpointIds.push(added.id)
      }
      const expected: { path: string; email: string }[] = []

      // The outage begins: connections reset, while owners invite through A's pages and then B's.
      receiver.setMode("reset")
      const page = await (await browser.newContext()).newPage()
      for (const [instanceIndex, instance] of [a, b].entries()) {
        if (instanceIndex === 1) receiver.setMode("500")
        for (const owner of owners) {
          await switchSession(page.context(), await signInOverHttp(instance.url, owner.email, domain.password))
          await openInviteForm(page, instance.url, owner.accountId)
          for (let index = 0; index < PAGE_INVITATIONS; index++) {
            const email = domain.uniqueEmail(`hooked-${instance.name.toLowerCase()}`)
            await inviteInOpenForm(page, email)
            expected.push({ path: pathOf.get(owner)!, email })
          }
        }
      }
      await page.context().close()
      for (let index = 0; index < BURST; index++) {
        const owner = owners[index % OWNERS]!
        const email = domain.uniqueEmail("hooked-burst")
        const sent = await domain.sendInvitation({ actor: await domain.actorFor(owner.userId, owner.accountId), email, roles: ["TECHNICAL"] })
        problems.expect(sent.ok, `queueing an invitation to ${email} failed: ${JSON.stringify(sent)}`)
        expected.push({ path: pathOf.get(owner)!, email })
      }
      // Every event meets the outage at least once before the receiver comes back; its first requests then hang until
      // the deliverers give up on them, and it answers.
      await waitFor(
        "every event to be tried once during the outage",
        () => {
          const tried = new Set(receiver.received().map((request) => `${request.path} ${request.subject}`))
          return expected.every(({ path, email }) => tried.has(`${path} ${email}`))
        },
        { timeoutMs: OUTAGE_TIMEOUT_MS },
      )
      receiver.setMode("hang", HUNG_REQUESTS)

      const deliveredOnce = (received: Received[]) => received.filter((request) => request.answered === 204 && request.verified)
      const deadline = Date.now() + RECOVERY_TIMEOUT_MS
      const allArrived = () => {
        const arrived = new Set(deliveredOnce(receiver.received()).map((request) => `${request.path} ${request.subject}`))
        return expected.every(({ path, email }) => arrived.has(`${path} ${email}`))
      }
      while (!allArrived() && Date.now() < deadline) {
        await makeRetriesDue(sql)
        await pause(1_000)
      }
      await pause(2_000) // a duplicate, if any, would arrive now

      const received = receiver.received()
      const delivered = deliveredOnce(received)
      const copies = expected.map(({ path, email }) => delivered.filter((request) => request.path === path && request.subject === email).length)
      const lost = copies.filter((count) => count === 0).length
      const duplicates = copies.reduce((sum, count) => sum + Math.max(0, count - 1), 0)
      const failedAttempts = received.filter((request) => request.answered !== 204)
      const deliveredIds = new Set(delivered.map((request) => request.webhookId))
      const renamed = new Set(failedAttempts.filter((request) => !deliveredIds.has(request.webhookId)).map((request) => request.webhookId)).size
      const unverified = received.filter((request) => !request.verified).length
      const [ledger] = await sql.query<{ sent: number; other: number }>(
        `SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, count(*) FILTER (WHERE status <> 'SENT')::int AS other
         FROM "WebhookDelivery" WHERE "endpointId" = ANY($1::uuid[])`,
        [endpointIds],
      )
      const reasons = (answer: Received["answered"]) => failedAttempts.filter((request) => request.answered === answer).length
      problems.expect(lost === 0, `${lost} event(s) never arrived`)
      problems.expect(duplicates === 0, `${duplicates} event(s) arrived more than once`)
      problems.expect(renamed === 0, `${renamed} failed attempt(s) carried a webhook-id that never succeeded (retried under another id?)`)
      problems.expect(unverified === 0, `${unverified} request(s) failed standardwebhooks' verification`)
      problems.expect(reasons("reset") > 0 && reasons(500) > 0 && reasons("hang") > 0, `the outage did not reach every phase: ${reasons("reset")} resets, ${reasons(500)} × 500, ${reasons("hang")} hangs`)
      problems.expect(ledger!.sent === expected.length && ledger!.other === 0, `${ledger!.sent} deliveries marked sent and ${ledger!.other} not, ${expected.length} expected`)
      return {
        summary:
          `${OWNERS * PAGE_INVITATIONS * 2} invitations via :${a.port} and :${b.port} pages plus ${BURST} queued at once while the receiver reset ` +
          `${reasons("reset")} connections, answered 500 to ${reasons(500)} and hung on ${reasons("hang")}; events expected ${expected.length}, ` +
          `received ${delivered.length} (verified), ${duplicates} duplicates, ${lost} lost, ${failedAttempts.length} failed attempts retried under the same webhook-id`,
        problems: problems.list,
      }
    } finally {
      await receiver.stop()
    }
  },
}
