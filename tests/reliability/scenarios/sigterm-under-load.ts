// A deploy stops one of three instances under load: SIGTERM reaches C while page loads go round all three (through
// a balancer that retries a refused connection elsewhere) and C's deliverer has mails in flight to a slow Postmark.
// No request gets a 5xx; C finishes what it handed to Postmark and gives back what it had not, so every mail arrives
// exactly once and well before a lease would have run out; C exits by itself within its grace period. A supervisor
// then starts C again for the scenarios that follow.
import { startBalancedLoad } from "../balancer"
import { signInOverHttp, SESSION_COOKIE } from "../http-sign-in"
import { duplicateCount, mailsMatching, senderOf, waitForMails, type MailMatch } from "../mail-log"
import { usersPageUrl } from "../pages"
import { createPeople } from "../people"
import { pause, waitFor } from "../polling"
import { Problems, serversOf, type Scenario } from "../scenario"

const OWNERS = 4
const INVITATIONS_PER_OWNER = 30
/** Invitations are queued a few at a time, so every deliverer keeps claiming while C is told to stop. */
const QUEUED_AT_ONCE = 6
/** Postmark answers this late: C's calls are still in flight when SIGTERM comes. */
const POSTMARK_DELAY_MS = 1_500
const LOAD_WORKERS = 6
/** server.ts's SHUTDOWN_GRACE_MS: past it the process gives up draining and exits with 1. */
const GRACE_MS = 10_000
/** Half the 60 s lease: mails left leased by a stopped process would only come back after it. */
const MAILS_WITHIN_MS = 30_000

export const sigtermUnderLoad: Scenario = {
  name: "sigterm under load",
  needsServers: true,
  async run(context) {
    const { a, b, c } = serversOf(context)
    const { domain, postmark, relay } = context
    const problems = new Problems()
    const owners = await createPeople(domain, "Deploying Owner", OWNERS)
    const cookie = await signInOverHttp(a.url, owners[0]!.email, domain.password)
    const usersPage = usersPageUrl("", owners[0]!.accountId)
    let serving = [a, b, c]
    const load = startBalancedLoad(() => serving, [usersPage, "/api/health", "/sign-in"], { Cookie: `${SESSION_COOKIE}=${cookie}` }, LOAD_WORKERS)

    relay.holdAnswers(POSTMARK_DELAY_MS)
    const expected: MailMatch[] = []
    const queueing = (async () => {
      for (let index = 0; index < OWNERS * INVITATIONS_PER_OWNER; index++) {
        const owner = owners[index % OWNERS]!
        const email = domain.uniqueEmail("deploy")
        const sent = await domain.sendInvitation({ actor: await domain.actorFor(owner.userId, owner.accountId), email, roles: ["TECHNICAL"] })
        problems.expect(sent.ok, `queueing an invitation to ${email} failed: ${JSON.stringify(sent)}`)
        expected.push({ to: email, subject: `\u201c${owner.name}'s account\u201d` })
        if (index % QUEUED_AT_ONCE === QUEUED_AT_ONCE - 1) await pause(200)
      }
    })()

    // C has handed mails to Postmark and is waiting for its answer.
    const isOurs = (to: string) => expected.some((match) => match.to === to)
    const cInFlight = await waitFor(
      "C's deliverer to send one of this scenario's mails",
      () => postmark.messages().some((message) => senderOf(message) === "C" && isOurs(message.To)),
      { timeoutMs: 30_000 },
    )
      .then(() => true)
      .catch(() => false)
    problems.expect(cInFlight, "C never sent a mail before being stopped")
    const signalledAt = Date.now()
    // The balancer keeps sending to C: it learns from refused connections, as a real one does between health checks.
    process.kill(c.pid, "SIGTERM")
    const exitCode = await Promise.race([c.exit, pause(GRACE_MS + 5_000).then(() => "still running" as const)])
    const exitedAfterMs = Date.now() - signalledAt
    problems.expect(exitCode === 0, `C should drain and exit with 0 within ${GRACE_MS / 1000} s, got ${exitCode} after ${(exitedAfterMs / 1000).toFixed(1)} s`)
    if (exitCode === "still running") await c.stop()
    serving = [a, b]

    await queueing
    relay.holdAnswers(0)
    const copies = await waitForMails(postmark, expected, MAILS_WITHIN_MS)
    const allInMs = Date.now() - signalledAt
    await pause(1_000) // any straggling copy would arrive now
    await load.stop()
    context.instances!.c = await c.startAgain()

    const received = expected.flatMap((match) => mailsMatching(postmark, match))
    const lost = copies.filter((count) => count === 0).length
    const duplicates = duplicateCount(received)
    const fromC = received.filter((message) => senderOf(message) === "C").length
    const statuses = load.statuses()
    const serverErrors = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0)
    const answered = [...statuses.values()].reduce((sum, count) => sum + count, 0)
    problems.expect(serverErrors === 0, `${serverErrors} request(s) got a 5xx: ${JSON.stringify(Object.fromEntries(statuses))}`)
    problems.expect(load.unanswered().length === 0, `${load.unanswered().length} request(s) no instance answered: ${load.unanswered().slice(0, 3).join(" | ")}`)
    problems.expect(lost === 0, `${lost} expected mail(s) never arrived within ${MAILS_WITHIN_MS / 1000} s of the SIGTERM`)
    problems.expect(duplicates === 0, `${duplicates} mail(s) arrived more than once`)
    return {
      summary:
        `SIGTERM to C under ${answered} balanced requests (${load.retried()} retried elsewhere after a refused connection): ` +
        `${serverErrors} × 5xx, ${expected.length} mails (${fromC} sent by C), ${duplicates} duplicates, ${lost} lost; ` +
        `C exited with ${exitCode} after ${(exitedAfterMs / 1000).toFixed(1)} s, every mail out ${(allInMs / 1000).toFixed(1)} s after the signal`,
      problems: problems.list,
    }
  },
}
