// `npm run bench`: seeds a large data set, builds and starts the production server, loads each scenario with
// autocannon from this process, and reports throughput, latency, SQL queries per request and memory.
import { execFileSync } from "node:child_process"
import crypto from "node:crypto"
import os from "node:os"
import { parseArgs } from "node:util"
import pg from "pg"
import { benchDatabaseUrl, LOCAL_BENCH_DATABASE, LOCAL_SERVER_URL, redact, resetBenchDatabase } from "./database"
import { actionId } from "@/tests/server-actions"
import { applyLoad, type LoadSettings } from "./load"
import { DRAIN_MAILS, measureOutboxDrain } from "./outbox-drain"
import { startPgBouncer, type BenchPooler } from "./pgbouncer"
import { countQueriesPerRequest } from "./query-count"
import { buildReport, printReport, writeReport, type ScenarioResult } from "./report"
import { buildScenarios, type ScenarioKey } from "./scenarios"
import { SEED_SIZES, seedBenchData } from "./seed"
import { benchServerEnv, cpuMilliseconds, residentMegabytes, runNextBuild, startNextServer, type BenchServer } from "./server"
import { signInEveryone } from "./session"
import { startFakePostmark, type FakePostmark } from "@/tests/fake-postmark"

const HELP = `npm run bench [-- options]

Benchmarks the production build (npm run build, served as npm start serves it) against PostgreSQL and writes bench/results/latest.json.
Database: DATABASE_URL when set, else ${LOCAL_BENCH_DATABASE} on ${redact(LOCAL_SERVER_URL).replace(/\/postgres$/, "")}
(created if missing). The database is WIPED and reseeded on every run: it refuses one holding other people's data.

  --skip-build              serve the existing .next build instead of running npm run build
  --port N                  port of the server under test (default 3200); (i) starts its own on N+2, and (c) is
                            measured again through a PgBouncer of its own on N+6 by a server on N+4 (cp)
  --rounds N                times every scenario is measured, in turn; medians are reported (default 3)
  --duration N              measured seconds per scenario and round (default 5)
  --warmup N                warm-up seconds before each measurement, not counted (default 1)
  --connections N           concurrent connections (default 10)
  --invite-connections N    concurrent connections for the invite action (default 1: one admin at a time)
  --only KEYS               only these scenarios, e.g. b,c (ratios and targets of the others are left out);
                            i is the outbox drain: ${DRAIN_MAILS} queued mails delivered to a fake Postmark
  --help`

const { values: options } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    port: { type: "string", default: "3200" },
    rounds: { type: "string", default: "3" },
    duration: { type: "string", default: "5" },
    warmup: { type: "string", default: "1" },
    connections: { type: "string", default: "10" },
    "invite-connections": { type: "string", default: "1" },
    only: { type: "string" },
    help: { type: "boolean", default: false },
  },
})
if (options.help) {
  console.log(HELP)
  process.exit(0)
}

const settings: LoadSettings = {
  connections: Number(options.connections),
  warmupSeconds: Number(options.warmup),
  durationSeconds: Number(options.duration),
}
const inviteConnections = Number(options["invite-connections"])
const rounds = Number(options.rounds)
const port = Number(options.port)
const baseUrl = `http://127.0.0.1:${port}`
const runId = crypto.randomBytes(4).toString("hex")

const databaseUrl = await benchDatabaseUrl()
console.log(`Database ${redact(databaseUrl)}: resetting and seeding…`)
await resetBenchDatabase(databaseUrl)
const seedStarted = Date.now()
const fixtures = await seedBenchData(databaseUrl)
console.log(`Seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`)

const env = benchServerEnv(databaseUrl, baseUrl)
if (!options["skip-build"]) await runNextBuild(env)

const server = await startNextServer(port, env)
console.log(`the production server is serving ${baseUrl} (its output: ${server.logFile})`)
const results: Partial<Record<ScenarioKey, ScenarioResult>> = {}
const serverPid = server.serverPid()
const rssMb = (which: "now" | "peak" = "now") => (serverPid ? (residentMegabytes(serverPid, which) ?? null) : null)
const serverCpuMs = () => (serverPid ? cpuMilliseconds(serverPid) : undefined)
let postmark: FakePostmark | undefined
let pooler: BenchPooler | undefined
let pooledServer: BenchServer | undefined
try {
  const rssAfterStart = rssMb()
  const sessions = await signInEveryone(baseUrl, fixtures)
  const switcher = (await fetch(`${baseUrl}/api/accounts`, { headers: { cookie: sessions.trio } })).status === 404 ? "layout" : "api"
  const only = options.only?.split(",").map((key) => key.trim())
  const scenarios = buildScenarios({ fixtures, sessions, inviteActionId: actionId("sendInvitationAction"), switcher, runId }).filter(
    (scenario) => !only || only.includes(scenario.key),
  )
  const drain = !only || only.includes("i")
  if (scenarios.length === 0 && !drain) throw new Error(`No scenario among --only ${options.only}`)
  for (const scenario of scenarios) {
    const connections = scenario.key === "g" ? inviteConnections : settings.connections
    const sql = await countQueriesPerRequest(baseUrl, server.queryCountUrl, scenario.request, scenario.expect)
    results[scenario.key] = { label: scenario.label, connections, sql, rounds: [] }
  }
  // (cp): (c) once more through PgBouncer in transaction mode (deploy/pgbouncer.ini), by a server of its own.
  const moduleScenario = scenarios.find((scenario) => scenario.key === "c")
  if (moduleScenario) {
    const started = await startPgBouncer(databaseUrl, port + 6)
    if ("unavailable" in started) console.log(`(c) through PgBouncer left out: ${started.unavailable}`)
    else {
      pooler = started
      pooledServer = await startNextServer(port + 4, { ...env, DATABASE_URL: pooler.url })
      const sql = await countQueriesPerRequest(pooledServer.baseUrl, pooledServer.queryCountUrl, moduleScenario.request, moduleScenario.expect)
      results.cp = { label: `${moduleScenario.label}, through PgBouncer`, connections: settings.connections, sql, rounds: [] }
    }
  }
  // (i): one deliverer; its SQL is counted per mail, in the last round.
  if (drain) postmark = await startFakePostmark(0)
  if (drain) results.i = { label: `outbox drain, ${DRAIN_MAILS.toLocaleString("en")} mails`, connections: 1, sql: { queries: 0, sessionQueries: 0 }, rounds: [] }
  // Every scenario once per round, in turn: a burst of load from elsewhere on the machine spoils one round of
  // neighbouring scenarios alike, and the medians drop it.
  for (let round = 1; round <= rounds; round++) {
    for (const scenario of scenarios) {
      const result = results[scenario.key]!
      const load = await applyLoad(baseUrl, scenario.request, scenario.expect, { ...settings, connections: result.connections }, serverCpuMs)
      result.rounds.push(load)
      console.log(
        `round ${round}/${rounds} (${scenario.key}) ${scenario.label}: ${load.requestsPerSecond} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, server CPU ${load.serverCpuMsPerRequest} ms/req, RSS ${rssMb()} MB`,
      )
    }
    if (pooledServer && moduleScenario) {
      const pid = pooledServer.serverPid()
      const load = await applyLoad(pooledServer.baseUrl, moduleScenario.request, moduleScenario.expect, settings, () => (pid ? cpuMilliseconds(pid) : undefined))
      results.cp!.rounds.push(load)
      console.log(
        `round ${round}/${rounds} (cp) ${results.cp!.label}: ${load.requestsPerSecond} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, server CPU ${load.serverCpuMsPerRequest} ms/req`,
      )
    }
    if (postmark) {
      const { load, sql } = await measureOutboxDrain({ databaseUrl, env, port: port + 2, postmark, runId, round })
      results.i!.rounds.push(load)
      results.i!.sql = sql
      console.log(
        `round ${round}/${rounds} (i) ${results.i!.label}: ${load.requestsPerSecond} mails/s, queue→accepted p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, deliverer CPU ${load.serverCpuMsPerRequest} ms/mail, ${load.failures} failed`,
      )
    }
  }
  const report = buildReport({
    startedAt: new Date().toISOString(),
    commit: currentCommit(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "?", node: process.version, postgres: await postgresVersion() },
    settings: { ...settings, rounds, inviteConnections },
    seed: { ...SEED_SIZES },
    switcherSource: switcher,
    scenarios: results,
    serverRssMb: { afterStart: rssAfterStart, afterRun: rssMb(), peak: rssMb("peak") },
  })
  printReport(report)
  writeReport(report)
  if (report.targets.some(({ target, met }) => !met && target.startsWith("every answer"))) console.log(`Some answers failed: see ${server.logFile}`)
} finally {
  await server.stop()
  await postmark?.stop()
  await pooledServer?.stop()
  await pooler?.stop()
}


async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version
  } finally {
    await client.end()
  }
}

function currentCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim()
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim() !== ""
    return dirty ? `${head}+changes` : head
  } catch {
    return "unknown"
  }
}
