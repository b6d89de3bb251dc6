// The benchmark's results: the table on stdout, the same as JSON for comparing commits, and the targets (issues #7, #21).
// Each figure is the median over the rounds; each ratio is the median of the ratios measured side by side in a round.
import fs from "node:fs"
import path from "node:path"
import type { LoadResult, LoadSettings } from "./load"
import type { QueriesPerRequest } from "./query-count"
import type { ScenarioKey } from "./scenarios"

export const RESULTS_FILE = path.resolve(import.meta.dirname, "results/latest.json")

export type ScenarioResult = { label: string; connections: number; sql: QueriesPerRequest; rounds: LoadResult[] }

export type RunFacts = {
  startedAt: string
  commit: string
  machine: { cpus: number; cpuModel: string; node: string; postgres: string }
  settings: LoadSettings & { rounds: number; inviteConnections: number }
  seed: Record<string, number>
  switcherSource: "api" | "layout"
  scenarios: Partial<Record<ScenarioKey, ScenarioResult>>
  serverRssMb: { afterStart: number | null; afterRun: number | null; peak: number | null }
}

type Summary = { requestsPerSecond: number; p50Ms: number; p99Ms: number; serverCpuMsPerRequest: number | null; failures: number }
type Target = { target: string; value: string; met: boolean }

export function buildReport(facts: RunFacts) {
  const s = facts.scenarios
  const summaries = Object.fromEntries(Object.entries(s).map(([key, result]) => [key, summarize(result.rounds)])) as Partial<Record<ScenarioKey, Summary>>
  // A ratio of two scenarios measured side by side in each round; null when a run left one out (--only).
  const paired = (a: ScenarioKey, b: ScenarioKey, metric: keyof LoadResult) =>
    s[a] && s[b] ? median(s[a].rounds.map((round, i) => ratio(Number(round[metric]), Number(s[b]!.rounds[i]![metric])))) : null
  const ratios = {
    guardedVsPublicThroughput: paired("c", "b", "requestsPerSecond"),
    users10kVs3P50: paired("d", "e", "p50Ms"),
    users10kVs3P99: paired("d", "e", "p99Ms"),
    switcher500Vs3P50: paired("f", "f3", "p50Ms"),
    switcher500Vs3P99: paired("f", "f3", "p99Ms"),
    // The same comparisons by next-server CPU time per request: steadier on a machine that does other work too.
    guardedVsPublicByCpu: paired("b", "c", "serverCpuMsPerRequest"),
    users10kVs3ByCpu: paired("d", "e", "serverCpuMsPerRequest"),
    switcher500Vs3ByCpu: paired("f", "f3", "serverCpuMsPerRequest"),
    apiMembersVsHealthThroughput: paired("h", "a", "requestsPerSecond"),
    pooledVsDirectThroughput: paired("cp", "c", "requestsPerSecond"),
    pooledVsDirectP50: paired("cp", "c", "p50Ms"),
  }
  const rss = facts.serverRssMb
  const failures = Object.values(summaries).reduce((sum, summary) => sum + summary.failures, 0)
  const accessQueries = Math.max(...(["c", "d", "f"] as const).map((key) => s[key]?.sql.sessionQueries ?? 0))
  const atMost = (value: number | null, limit: number) => value !== null && value <= limit
  const atLeast = (value: number | null, limit: number) => value !== null && value >= limit
  const measured = (...keys: ScenarioKey[]) => keys.every((key) => s[key])
  const targets: Target[] = [
    measured("b", "c") && { target: "(c) req/s ≥ 85% of (b)", value: percent(ratios.guardedVsPublicThroughput), met: atLeast(ratios.guardedVsPublicThroughput, 0.85) },
    measured("b", "c") && { target: "(c) CPU per request ≤ (b)'s / 85%", value: percent(ratios.guardedVsPublicByCpu), met: atLeast(ratios.guardedVsPublicByCpu, 0.85) },
    { target: "≤ 1 access round trip per request in (c), (d), (f)", value: `${accessQueries}`, met: accessQueries <= 1 },
    measured("d", "e") && { target: "(d) p50 ≤ 1.5× (e) p50", value: `${ratios.users10kVs3P50}×`, met: atMost(ratios.users10kVs3P50, 1.5) },
    measured("f", "f3") && { target: "(f) p50 ≤ 1.5× (f3) p50", value: `${ratios.switcher500Vs3P50}×`, met: atMost(ratios.switcher500Vs3P50, 1.5) },
    summaries.g && { target: "(g) p99 < 50 ms", value: `${summaries.g.p99Ms} ms`, met: summaries.g.p99Ms < 50 },
    { target: "next-server RSS < 300 MB after the run", value: `${rss.afterRun ?? "?"} MB`, met: rss.afterRun !== null && rss.afterRun < 300 },
    { target: "every answer a 2xx with the expected content", value: `${failures} failed`, met: failures === 0 },
  ].filter((target): target is Target => Boolean(target))
  return { ...facts, summaries, ratios, targets }
}

export type BenchReport = ReturnType<typeof buildReport>

export function printReport(report: BenchReport): void {
  const rows = Object.entries(report.scenarios).map(([key, { label, connections, sql }]) => {
    const summary = report.summaries[key as ScenarioKey]!
    return [
      `(${key}) ${label}`,
      String(connections),
      summary.requestsPerSecond.toFixed(1),
      String(summary.p50Ms),
      String(summary.p99Ms),
      String(summary.serverCpuMsPerRequest ?? "?"),
      String(summary.failures),
      `${sql.queries} (${sql.sessionQueries})`,
    ]
  })
  const header = ["scenario", "conn", "req/s", "p50 ms", "p99 ms", "CPU ms/req", "failed", "SQL/req (access)"]
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ")
  const { settings } = report
  console.log(`\nHitflow benchmark, ${report.commit}, ${report.machine.cpus} CPU(s); medians of ${settings.rounds} rounds of ${settings.durationSeconds} s per scenario`)
  console.log(line(header))
  for (const row of rows) console.log(line(row))
  const r = report.ratios
  const times = (value: number | null) => (value === null ? "n/a" : `${value}×`)
  console.log(`\n(c)/(b) throughput ${percent(r.guardedVsPublicThroughput)}; (d)/(e) latency p50 ${times(r.users10kVs3P50)} p99 ${times(r.users10kVs3P99)}; (f)/(f3) latency p50 ${times(r.switcher500Vs3P50)} p99 ${times(r.switcher500Vs3P99)}`)
  if (r.apiMembersVsHealthThroughput !== null) console.log(`(h) API members page beside (a) the health route: ${percent(r.apiMembersVsHealthThroughput)} of its throughput`)
  if (r.pooledVsDirectThroughput !== null) console.log(`(cp) the module page through PgBouncer beside (c) direct: ${percent(r.pooledVsDirectThroughput)} of its throughput, p50 ${times(r.pooledVsDirectP50)}`)
  const drain = report.summaries.i
  if (drain) console.log(`(i) outbox drain, its row in mails: ${drain.requestsPerSecond} mails/s, queue→accepted p50 ${drain.p50Ms} ms, p99 ${drain.p99Ms} ms, deliverer CPU ${drain.serverCpuMsPerRequest ?? "?"} ms and ${report.scenarios.i!.sql.queries} SQL statements per mail`)
  console.log(`By next-server CPU per request: (c)/(b) throughput ${percent(r.guardedVsPublicByCpu)}; (d)/(e) ${times(r.users10kVs3ByCpu)}; (f)/(f3) ${times(r.switcher500Vs3ByCpu)}`)
  console.log(`next-server RSS: ${report.serverRssMb.afterStart ?? "?"} MB once started, ${report.serverRssMb.afterRun ?? "?"} MB after the run (peak ${report.serverRssMb.peak ?? "?"} MB)\n`)
  for (const { target, value, met } of report.targets) console.log(`${met ? "met    " : "NOT MET"}  ${target}: ${value}`)
  console.log("(Index use of the list queries is checked by tests/query-plans.test.ts.)")
}

export function writeReport(report: BenchReport): void {
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true })
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`Wrote ${path.relative(process.cwd(), RESULTS_FILE)}`)
}

function summarize(rounds: LoadResult[]): Summary {
  return {
    requestsPerSecond: median(rounds.map((round) => round.requestsPerSecond)),
    p50Ms: median(rounds.map((round) => round.p50Ms)),
    p99Ms: median(rounds.map((round) => round.p99Ms)),
    serverCpuMsPerRequest: rounds.every((round) => round.serverCpuMsPerRequest !== null)
      ? median(rounds.map((round) => round.serverCpuMsPerRequest!))
      : null,
    failures: rounds.reduce((sum, round) => sum + round.failures, 0),
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : Math.round(((sorted[middle - 1]! + sorted[middle]!) / 2) * 100) / 100
}

function ratio(a: number, b: number): number {
  return b > 0 ? Math.round((a / b) * 100) / 100 : Number.POSITIVE_INFINITY
}

function percent(value: number | null): string {
  return value === null ? "n/a" : `${Math.round(value * 100)}%`
}
