// Drives one scenario with autocannon: a warm-up whose numbers are dropped, then the measured run.
import autocannon from "autocannon"

export type RequestParts = { path: string; headers?: Record<string, string>; body?: string }

export type BenchRequest = RequestParts & {
  method?: "GET" | "POST"
  /** Called before every request, for parts that change each time (e.g. a fresh email to invite). */
  vary?: () => Partial<RequestParts>
}

export type LoadSettings = { connections: number; warmupSeconds: number; durationSeconds: number }

export type LoadResult = {
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  meanMs: number
  /** Server CPU time per request (user + system), which other load on the machine hardly changes. */
  serverCpuMsPerRequest: number | null
  /** Answers other than 2xx (redirects included) or without the expected text, errors, timeouts: each spoils the run. */
  failures: number
  statusCodes: Record<string, number>
}

/** Loads `request`; every answer must contain `expect`. `serverCpuMs` reads the server's CPU time used so far. */
export async function applyLoad(
  baseUrl: string,
  request: BenchRequest,
  expect: string,
  settings: LoadSettings,
  serverCpuMs: () => number | undefined,
): Promise<LoadResult> {
  await run(baseUrl, request, expect, settings.connections, settings.warmupSeconds)
  const cpuBefore = serverCpuMs()
  const result = await run(baseUrl, request, expect, settings.connections, settings.durationSeconds)
  const cpuAfter = serverCpuMs()
  const cpuUsed = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined
  return {
    requests: result.latency.totalCount,
    requestsPerSecond: round(result.latency.totalCount / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: round(result.latency.mean),
    serverCpuMsPerRequest: cpuUsed !== undefined && result.latency.totalCount > 0 ? round(cpuUsed / result.latency.totalCount) : null,
    failures: result.non2xx + result.mismatches + result.errors + result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  }
}

function run(baseUrl: string, request: BenchRequest, expect: string, connections: number, duration: number) {
  const { vary, ...fixed } = request
  return autocannon({
    url: baseUrl,
    connections,
    duration,
    timeout: 10,
    verifyBody: (answer) => answer.includes(expect),
    requests: [{ method: "GET", ...fixed, ...(vary ? { setupRequest: (built) => ({ ...built, ...vary() }) } : {}) }],
  })
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
