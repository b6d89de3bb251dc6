// SQL queries per request, counted at the pg driver inside the server (bench/count-queries.mjs, which answers on
// its own port). Requests go one at a time; the median per request ignores the odd background job.
import type { BenchRequest } from "./load"

export type QueriesPerRequest = { queries: number; sessionQueries: number }

const SAMPLES = 9

/** Sends the request SAMPLES times, checking each answer is a 2xx containing `expect`, and counts its queries. */
export async function countQueriesPerRequest(baseUrl: string, countUrl: string, request: BenchRequest, expect: string): Promise<QueriesPerRequest> {
  const deltas: QueriesPerRequest[] = []
  for (let sample = 0; sample < SAMPLES; sample++) {
    const { path, headers, body } = { ...request, ...request.vary?.() }
    const before = await readCount(countUrl)
    const response = await fetch(`${baseUrl}${path}`, { method: request.method ?? "GET", headers, body, redirect: "manual" })
    const text = await response.text()
    if (!response.ok || !text.includes(expect)) {
      throw new Error(`${request.method ?? "GET"} ${path} answered ${response.status} without "${expect}": ${text.slice(0, 300)}`)
    }
    const after = await readCount(countUrl)
    deltas.push({ queries: after.queries - before.queries, sessionQueries: after.sessionQueries - before.sessionQueries })
  }
  return { queries: median(deltas.map((d) => d.queries)), sessionQueries: median(deltas.map((d) => d.sessionQueries)) }
}

async function readCount(countUrl: string): Promise<QueriesPerRequest> {
  const response = await fetch(countUrl)
  if (!response.ok) throw new Error(`the query counter at ${countUrl} answered ${response.status}`)
  return (await response.json()) as QueriesPerRequest
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
