// Scenario (i), outbox drain: 2,000 invitation mails queued at once are delivered by the deliverer of a production
// server to a fake Postmark in this process. That server is started for the round (same build and database, with
// POSTMARK_SERVER_TOKEN and POSTMARK_API_URL), so the server under test keeps holding mail and the other scenarios
// are measured as before. The mails go straight into the outbox with no wake-up call, as another instance's would:
// the deliverer's next tick (within a second) finds them. Reported as mails per second and queue-to-accepted latency
// (the rows' createdAt → the moment the fake accepted each), in LoadResult's terms so the report prints it as a row.
import pg from "pg"
import type { FakePostmark } from "@/tests/fake-postmark"
import type { LoadResult } from "./load"
import type { QueriesPerRequest } from "./query-count"
import { BENCH_EMAIL_DOMAIN } from "./seed"
import { cpuMilliseconds, startNextServer } from "./server"

export const DRAIN_MAILS = 2_000
const DRAIN_TIMEOUT_MS = 180_000
const POLL_MS = 100

export type DrainSettings = { databaseUrl: string; env: NodeJS.ProcessEnv; port: number; postmark: FakePostmark; runId: string; round: number }

export async function measureOutboxDrain({ databaseUrl, env, port, postmark, runId, round }: DrainSettings): Promise<{ load: LoadResult; sql: QueriesPerRequest }> {
  const sql = new pg.Client({ connectionString: databaseUrl })
  await sql.connect()
  // Only this round's mails in the outbox: (g)'s invitations are held by the server under test, never sent.
  await sql.query(`DELETE FROM "OutboxMail" WHERE "status" = 'PENDING'`)
  postmark.reset()
  const server = await startNextServer(port, { ...env, POSTMARK_SERVER_TOKEN: "bench-token", POSTMARK_API_URL: postmark.url })
  try {
    const pid = server.serverPid()
    const serverCpuMs = () => (pid ? cpuMilliseconds(pid) : undefined)
    const queriesBefore = await readQueryCount(server.queryCountUrl)
    const cpuBefore = serverCpuMs()
    const prefix = `drain-${runId}-${round}-`
    const queuedAt = new Date()
    await sql.query(
      `INSERT INTO "OutboxMail" ("id", "template", "to", "payload", "status", "nextAttemptAt", "createdAt")
       SELECT gen_random_uuid(), 'invitation', $1 || n || $2,
              jsonb_build_object('accountName', 'Drain ' || n, 'inviterName', 'Bench Inviter', 'inviterEmail', $3::text,
                'roles', jsonb_build_array('Technical'), 'acceptUrl', 'https://bench.example/invitations/' || md5($1 || n),
                'expiresAt', $4::text),
              'PENDING', $5::timestamptz AT TIME ZONE 'UTC', $5::timestamptz AT TIME ZONE 'UTC'
       FROM generate_series(1, $6::int) AS n`,
      [prefix, `@${BENCH_EMAIL_DOMAIN}`, `inviter@${BENCH_EMAIL_DOMAIN}`, new Date(queuedAt.getTime() + 72 * 3600_000).toISOString(), queuedAt.toISOString(), DRAIN_MAILS],
    )
    const pending = async () => (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxMail" WHERE "status" = 'PENDING'`)).rows[0]!.n
    const deadline = Date.now() + DRAIN_TIMEOUT_MS
    while ((await pending()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    const cpuAfter = serverCpuMs()
    const queriesAfter = await readQueryCount(server.queryCountUrl)

    const [sent] = (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxMail" WHERE "status" = 'SENT' AND "to" LIKE $1 || '%'`, [prefix])).rows
    const accepted = postmark.messages().filter((message) => message.To.startsWith(prefix))
    const firstAcceptance = new Map<string, number>()
    for (const message of accepted) if (!firstAcceptance.has(message.To)) firstAcceptance.set(message.To, message.acceptedAt)
    const latencies = [...firstAcceptance.values()].map((acceptedAt) => acceptedAt - queuedAt.getTime()).sort((a, b) => a - b)
    const drainMs = Math.max(1, latencies.at(-1) ?? 0)
    const cpuUsed = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined
    return {
      load: {
        requests: latencies.length,
        requestsPerSecond: round1((latencies.length * 1000) / drainMs),
        p50Ms: percentile(latencies, 0.5),
        p99Ms: percentile(latencies, 0.99),
        meanMs: round1(latencies.reduce((sum, latency) => sum + latency, 0) / Math.max(1, latencies.length)),
        serverCpuMsPerRequest: cpuUsed !== undefined ? round1(cpuUsed / DRAIN_MAILS) : null,
        // Mails never recorded as sent, and copies beyond the first: each spoils the run.
        failures: DRAIN_MAILS - sent!.n + (accepted.length - firstAcceptance.size),
        statusCodes: {},
      },
      sql: { queries: Math.round(((queriesAfter.queries - queriesBefore.queries) / DRAIN_MAILS) * 100) / 100, sessionQueries: 0 },
    }
  } finally {
    await server.stop()
    await sql.end()
  }
}

async function readQueryCount(countUrl: string): Promise<QueriesPerRequest> {
  return (await (await fetch(countUrl)).json()) as QueriesPerRequest
}

function percentile(sorted: number[], fraction: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}
