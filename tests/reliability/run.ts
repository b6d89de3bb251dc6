// `npm run test:reliability`: what must hold when things fail or race — three app instances on one database, Postmark
// failing, PostgreSQL restarting, an instance stopped under load, concurrent changes to one invitation or member.
// Runs against the production build in .next (`npm test` makes it) and a scratch database on TEST_DATABASE_URL's
// PostgreSQL server. With TEST_POOLED_DATABASE_URL (a pooler such as PgBouncer in transaction mode in front of that
// server, any database name) the instances and the domain go through the pooler, as in production; migrations and
// the runner's own checks go straight to PostgreSQL.
// --only=<words> runs the scenarios whose names contain one of the comma-separated words. RELIABILITY_OUTAGE=database
// replaces the PostgreSQL restart by closing the scratch database only (see database-outage.ts). Ports: 3301, 3302
// and 3303 for the app, 4030 for the fake Postmark, 4031 for the relay in front of it (RELIABILITY_PORT_A/_B/_C,
// _POSTMARK_PORT, _RELAY_PORT).
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { startFakePostmark } from "../fake-postmark"
import { launchBrowser } from "./browser"
import { databaseOutage } from "./database-outage"
import { loadDomain, type Domain } from "./domain"
import { startPostmarkRelay } from "./postmark-relay"
import { describeScenarioResult, describeServerLogs, type ScenarioResult } from "./report"
import type { RunContext, Scenario } from "./scenario"
import { createScratchDatabase, SCRATCH_DATABASE } from "./scratch-database"
import { SCENARIOS } from "./scenarios/index"
import { startServers } from "./servers"
import { openSql, type Sql } from "./sql"

const PORT_A = Number(process.env.RELIABILITY_PORT_A ?? 3301)
const PORT_B = Number(process.env.RELIABILITY_PORT_B ?? 3302)
const PORT_C = Number(process.env.RELIABILITY_PORT_C ?? 3303)
const POSTMARK_PORT = Number(process.env.RELIABILITY_POSTMARK_PORT ?? 4030)
const RELAY_PORT = Number(process.env.RELIABILITY_RELAY_PORT ?? 4031)
const BUILD_ID = path.resolve(import.meta.dirname, "../../.next/BUILD_ID")
const SERVER_BUNDLE = path.resolve(import.meta.dirname, "../../.next/hitflow-server.mjs")

const serverUrl = process.env.TEST_DATABASE_URL
if (!serverUrl) {
  console.error("TEST_DATABASE_URL is not set: it must name a PostgreSQL server the run may create a database on.")
  process.exit(1)
}
if (!fs.existsSync(BUILD_ID) || !fs.existsSync(SERVER_BUNDLE)) {
  console.error("No production build in .next: run `npm run build` (or `npm test`) first.")
  process.exit(1)
}
const pooledUrl = process.env.TEST_POOLED_DATABASE_URL
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length).split(",")
const scenarios = SCENARIOS.filter((scenario) => !only || only.some((word) => scenario.name.includes(word)))

const cleanups: (() => Promise<unknown>)[] = []
async function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error) => console.error(`cleanup: ${error}`))
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)))

async function runScenario(scenario: Scenario, context: RunContext): Promise<ScenarioResult> {
  const started = Date.now()
  try {
    const outcome = await scenario.run(context)
    return { name: scenario.name, ...outcome, seconds: (Date.now() - started) / 1000 }
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    return { name: scenario.name, summary: "did not finish", problems: [message], seconds: (Date.now() - started) / 1000 }
  }
}

function onDatabase(url: string, database: string): string {
  const named = new URL(url)
  named.pathname = `/${database}`
  return named.toString()
}

const results: ScenarioResult[] = []
const runStarted = Date.now()
try {
  const scratch = await createScratchDatabase(serverUrl)
  cleanups.push(() => scratch.drop())
  const appDatabaseUrl = pooledUrl ? onDatabase(pooledUrl, SCRATCH_DATABASE) : scratch.url
  process.env.DATABASE_URL = appDatabaseUrl
  // Scenarios add webhook endpoints through the domain: on 127.0.0.1, their secrets sealed under the instances' key.
  process.env.WEBHOOK_ALLOW_LOOPBACK = "1"
  process.env.TWO_FACTOR_ENCRYPTION_KEY = crypto.randomBytes(32).toString("base64")
  const sql: Sql = openSql(scratch.url)
  cleanups.push(() => sql.close())
  const domain: Domain = await loadDomain()
  cleanups.push(() => domain.disconnect())
  const postmark = await startFakePostmark(POSTMARK_PORT)
  cleanups.push(() => postmark.stop())
  const relay = await startPostmarkRelay(RELAY_PORT, postmark.url)
  cleanups.push(() => relay.stop())
  const context: RunContext = { sql, domain, postmark, relay, outage: databaseOutage(serverUrl, SCRATCH_DATABASE) }
  const route = pooledUrl ? `through the pooler at ${new URL(pooledUrl).host}` : "directly (no TEST_POOLED_DATABASE_URL)"
  console.log(`reliability: ${scenarios.length} scenarios on database ${SCRATCH_DATABASE}, ${route}; outage: ${context.outage.description}`)

  // Scenarios without servers first: they read invitation links from the outbox before a deliverer sends them.
  for (const scenario of scenarios.filter((candidate) => !candidate.needsServers)) {
    results.push(await runScenario(scenario, context))
    console.log(describeScenarioResult(results.at(-1)!))
  }
  if (scenarios.some((scenario) => scenario.needsServers)) {
    context.instances = await startServers({
      databaseUrl: appDatabaseUrl,
      directDatabaseUrl: scratch.url,
      postmarkUrl: relay.url,
      ports: [PORT_A, PORT_B, PORT_C],
      encryptionKey: process.env.TWO_FACTOR_ENCRYPTION_KEY,
    })
    // A scenario may replace an instance (stopped and started again): stop whichever run at the end.
    cleanups.push(() => Promise.all(Object.values(context.instances!).map((instance) => instance.stop())))
    const { a, b, c } = context.instances
    console.log(`reliability: app instances A ${a.url}, B ${b.url} and C ${c.url}, fake Postmark ${postmark.url} behind ${relay.url}`)
    context.browser = await launchBrowser()
    cleanups.push(() => context.browser!.close())
    for (const scenario of scenarios.filter((candidate) => candidate.needsServers)) {
      results.push(await runScenario(scenario, context))
      console.log(describeScenarioResult(results.at(-1)!))
      if (results.at(-1)!.problems.length > 0) console.log(describeServerLogs(Object.values(context.instances)))
      for (const instance of Object.values(context.instances)) {
        if (!instance.alive()) throw new Error(`instance ${instance.name} died:\n${instance.output().slice(-30).join("\n")}`)
      }
    }
  }
} catch (error) {
  results.push({ name: "setup", summary: "the run could not go on", problems: [error instanceof Error ? (error.stack ?? error.message) : String(error)], seconds: 0 })
  console.log(describeScenarioResult(results.at(-1)!))
} finally {
  await cleanUp()
}

const failed = results.filter((result) => result.problems.length > 0).length
console.log(`\nreliability: ${results.length} scenarios in ${Math.round((Date.now() - runStarted) / 1000)} s`)
console.log(`${results.length - failed} passed, ${failed} failed`)
process.exit(failed === 0 && results.length > 0 ? 0 : 1)
