// What the benchmark measures, as HTTP requests a browser would send. Keys follow issue #7: (a)–(g), plus f3, the
// switcher of a person with 3 accounts, which (f) is compared with. (i), the outbox drain, is no request: see
// bench/outbox-drain.ts. (cp) is (c) again, through PgBouncer (bench/run.ts).
import { inviteBody, inviteHeaders } from "./invite-request"
import type { BenchRequest } from "./load"
import type { BenchFixtures } from "./seed"
import { BENCH_EMAIL_DOMAIN } from "./seed"

export type ScenarioKey = "a" | "b" | "c" | "cp" | "d" | "e" | "f" | "f3" | "g" | "h" | "i"

export type Scenario = {
  key: ScenarioKey
  label: string
  request: BenchRequest
  /** Text every answer must contain, so a refusal or an error page cannot pass for a measurement. */
  expect: string
}

export type Sessions = { bigOwner: string; smallOwner: string; trio: string; multi: string; inviters: string[] }

export type ScenarioContext = {
  fixtures: BenchFixtures
  sessions: Sessions
  inviteActionId: string
  /** Where the account menu's list comes from: its own route, or (before it had one) every account page. */
  switcher: "api" | "layout"
  /** Makes each invited email unique to this run. */
  runId: string
}

export function buildScenarios({ fixtures, sessions, inviteActionId, switcher, runId }: ScenarioContext): Scenario[] {
  const big = fixtures.bigOwner.accountId
  const small = fixtures.smallOwner.accountId
  const asPerson = (cookie: string, path: string): BenchRequest => ({ path, headers: { cookie } })
  const switcherRequest = (cookie: string, memberOf: string): BenchRequest =>
    asPerson(cookie, switcher === "api" ? "/api/accounts" : `/accounts/${memberOf}/dashboard`)
  // Round the senders and their accounts, from the Users page, each time to a new email.
  let invited = 0
  const nextInvitation = () => {
    const { adminOf } = fixtures.inviters
    const sender = invited % sessions.inviters.length
    const accountId = adminOf[Math.floor(invited / sessions.inviters.length) % adminOf.length]!
    invited++
    return {
      path: `/accounts/${accountId}/settings/users`,
      headers: inviteHeaders(inviteActionId, accountId, sessions.inviters[sender]!),
      body: inviteBody(accountId, `load-${runId}-${invited}@${BENCH_EMAIL_DOMAIN}`),
    }
  }

  return [
    { key: "a", label: "health route (ceiling)", request: { path: "/api/health" }, expect: '"ok":true' },
    { key: "b", label: "sign-in page (public)", request: { path: "/sign-in" }, expect: "Sign in" },
    { key: "c", label: "module page as member", request: asPerson(sessions.trio, `/accounts/${small}/dashboard`), expect: "Dashboard" },
    { key: "d", label: "Users, 10,000 members", request: asPerson(sessions.bigOwner, `/accounts/${big}/settings/users`), expect: "Members" },
    { key: "e", label: "Users, 3 members", request: asPerson(sessions.smallOwner, `/accounts/${small}/settings/users`), expect: "Members" },
    { key: "f", label: `switcher, ${fixtures.multi.visibleAccounts} accounts`, request: switcherRequest(sessions.multi, fixtures.multi.memberOf), expect: "Host 1" },
    { key: "f3", label: `switcher, ${fixtures.trio.visibleAccounts} accounts`, request: switcherRequest(sessions.trio, fixtures.trio.memberOf), expect: "Trio 1" },
    { key: "g", label: "invite action (mail queued)", request: { method: "POST", ...nextInvitation(), vary: nextInvitation }, expect: "Invitation sent to" },
    {
      key: "h",
      label: "API: members, 10,000 (key)",
      request: { path: `/api/v1/accounts/${big}/members`, headers: { authorization: `Bearer ${fixtures.bigOwner.apiKey}` } },
      expect: '"next_cursor"',
    },
  ]
}
