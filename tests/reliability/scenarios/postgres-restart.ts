// PostgreSQL stops for a few seconds under a trickle of page loads, invitation sends (via A) and accepts (via B).
// During the outage no page loads correctly (it fails, or a pooler holds it until PostgreSQL is back); afterwards the
// same processes serve correct pages again on their own, every change they confirmed is stored whole, and no change
// is stored in part.
import { pause, waitFor } from "../polling"
import { Problems, serversOf, type Scenario } from "../scenario"
import { startTrickle, type Attempt } from "../trickle"
import { checkAftermath } from "./restart-aftermath"
import { prepareTrickle } from "./restart-trickle"

const OUTAGE_MS = 3_000
const IN_FLIGHT_MAILS = 3
// Longer than stopping PostgreSQL takes: the answers come back while it is down.
const HOLD_ANSWERS_MS = 2_500
const WARM_UP_TIMEOUT_MS = 30_000
const RECOVERY_LIMIT_MS = 20_000
const AFTER_RECOVERY_TIMEOUT_MS = 30_000

const KINDS: Attempt["kind"][] = ["page", "invite", "accept"]

/** The first successful attempt of `kind` (on `instance`, if given) that ended after `after`. */
const okAfter = (attempts: Attempt[], kind: Attempt["kind"], instance: string | undefined, after: number) =>
  attempts.find((attempt) => attempt.kind === kind && (!instance || attempt.instance === instance) && attempt.ok && attempt.at > after)

export const postgresRestart: Scenario = {
  name: "postgres restart",
  needsServers: true,
  async run(context) {
    const { a, b } = serversOf(context)
    const problems = new Problems()
    const pids = [a.pid, b.pid]

    const { owners, setup } = await prepareTrickle(context)
    const trickle = startTrickle(setup)

    let downAt = 0
    let startingAt = 0
    let upAt = 0 // the database accepts connections again
    let heldAtStop = 0
    const inFlightEmails = Array.from({ length: IN_FLIGHT_MAILS }, () => context.domain.uniqueEmail("in-flight"))
    const inviter = () => context.domain.actorFor(owners.inviting.userId, owners.inviting.accountId)
    let recovery: { a: number; b: number; invite: number; accept: number } | undefined
    try {
      const started = Date.now()
      await waitFor("the trickle to get going", () => KINDS.every((kind) => okAfter(trickle.attempts, kind, undefined, started)), {
        timeoutMs: WARM_UP_TIMEOUT_MS,
      })
      // Mails Postmark has accepted while the app waits for its answer: the app must record them once it can.
      context.relay.holdAnswers(HOLD_ANSWERS_MS)
      for (const email of inFlightEmails) await context.domain.sendInvitation({ actor: await inviter(), email, roles: ["TECHNICAL"] })
      await waitFor("mails accepted by Postmark and not yet answered", () => context.relay.held() > 0, { timeoutMs: 5_000 })
      heldAtStop = context.relay.held()
      try {
        await context.outage.begin()
        downAt = Date.now()
        await pause(OUTAGE_MS) // the outage itself
      } finally {
        startingAt = Date.now()
        await context.outage.end()
        upAt = Date.now()
        context.relay.holdAnswers(0)
      }
      recovery = await waitFor(
        "both instances to serve pages, send and accept invitations again",
        () => {
          const firsts = [
            okAfter(trickle.attempts, "page", "A", upAt),
            okAfter(trickle.attempts, "page", "B", upAt),
            okAfter(trickle.attempts, "invite", "A", upAt),
            okAfter(trickle.attempts, "accept", "B", upAt),
          ]
          if (firsts.some((attempt) => !attempt)) return undefined
          const [pageA, pageB, invite, accept] = firsts.map((attempt) => attempt!.at - upAt) as [number, number, number, number]
          return { a: pageA, b: pageB, invite, accept }
        },
        { timeoutMs: RECOVERY_LIMIT_MS, intervalMs: 100 },
      ).catch(() => undefined)
      // A few more changes after recovery, so the end state covers them too.
      await waitFor(
        "more changes after recovery",
        () => KINDS.every((kind) => trickle.attempts.filter((attempt) => attempt.kind === kind && attempt.ok && attempt.at > upAt).length >= 3),
        { timeoutMs: AFTER_RECOVERY_TIMEOUT_MS },
      ).catch(() => undefined)
    } finally {
      await trickle.stop()
    }
    problems.expect(recovery !== undefined, `not serving correctly again within ${RECOVERY_LIMIT_MS / 1000} s of PostgreSQL being back`)
    problems.expect(a.alive() && b.alive() && a.pid === pids[0] && b.pid === pids[1], "an app process died or was replaced")

    // Requests that ended while PostgreSQL was down.
    const during = trickle.attempts.filter((attempt) => attempt.at >= downAt && attempt.at <= startingAt)
    const failedDuring = during.filter((attempt) => !attempt.ok)
    // Page loads under way while PostgreSQL was down: none may load correctly before it is started again. Each either
    // fails (at once, or on giving up) or, held by a pooler that retries the server, loads once PostgreSQL is back.
    const pagesDuringOutage = trickle.attempts.filter((attempt) => attempt.kind === "page" && attempt.began <= startingAt && attempt.at >= downAt)
    problems.expect(pagesDuringOutage.length > 0, "no page load was under way while PostgreSQL was down")
    const loadedWhileDown = pagesDuringOutage.filter((attempt) => attempt.ok && attempt.at < startingAt)
    problems.expect(loadedWhileDown.length === 0, `${loadedWhileDown.length} page load(s) answered correctly while PostgreSQL was down`)
    const heldUntilBack = pagesDuringOutage.filter((attempt) => attempt.ok).length
    const byKind = (attempts: Attempt[]) => KINDS.map((kind) => `${attempts.filter((attempt) => attempt.kind === kind).length} ${kind}`).join(", ")
    const pageAnswers = [...new Set(pagesDuringOutage.filter((attempt) => !attempt.ok).map((attempt) => attempt.detail))].join(", ")

    const aftermath = await checkAftermath(context, trickle.attempts, owners, inFlightEmails)
    for (const problem of aftermath.problems) problems.expect(false, problem)

    const count = (kind: Attempt["kind"]) => trickle.attempts.filter((attempt) => attempt.kind === kind).length
    const seconds = (ms: number) => (ms / 1000).toFixed(1)
    return {
      summary:
        `${context.outage.description}: down ${seconds(upAt - downAt)} s, under ${count("page")} page loads on both instances, ` +
        `${count("invite")} invitation sends via :${a.port}, ${count("accept")} accepts via :${b.port}; ` +
        `requests ending while down: ${failedDuring.length} failed (${byKind(failedDuring)}), ` +
        `${during.length - failedDuring.length} succeeded (${byKind(during.filter((attempt) => attempt.ok))}); ` +
        `page loads under way while down: ${pagesDuringOutage.length}, ${pagesDuringOutage.length - heldUntilBack} failed (${pageAnswers || "none"}), ` +
        `${heldUntilBack} held until PostgreSQL was back; ` +
        (recovery
          ? `same processes back to correct pages after ${seconds(recovery.a)} s (A) / ${seconds(recovery.b)} s (B), a confirmed send after ${seconds(recovery.invite)} s, an accept after ${seconds(recovery.accept)} s; `
          : "no recovery; ") +
        `${heldAtStop} mail(s) accepted by Postmark but unanswered when PostgreSQL stopped; ` +
        aftermath.summary,
      problems: problems.list,
    }
  },
}
