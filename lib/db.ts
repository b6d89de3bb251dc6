import "server-only"
import { PrismaPg } from "@prisma/adapter-pg"
import { PrismaClient } from "@/lib/generated/prisma/client"

function createClient() {
  const connectionString = process.env.DATABASE_URL
  // `next build` loads server modules without querying anything; everywhere else a missing URL is a setup error.
  if (!connectionString && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("DATABASE_URL is not set: see .env.example")
  }
  const countQueries = process.env.HITFLOW_COUNT_QUERIES === "1"
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: 10 }),
    // Short transactions queue for a pooled connection under load rather than fail at once.
    transactionOptions: { maxWait: 5_000, timeout: 10_000 },
    log: countQueries ? [{ emit: "event", level: "query" }] : undefined,
  })
  if (countQueries) (client as unknown as PrismaClient<"query">).$on("query", countQuery)
  return client
}

// The benchmark (scripts/bench) counts SQL queries per request, and among them the access checks (the only ones
// that read "Session"). Kept on globalThis: the proxy, pages and route handlers are bundled apart, each with its
// own client, and the count must cover them all.
const QUERY_COUNT = Symbol.for("hitflow.queryCount")
export type QueryCount = { queries: number; sessionQueries: number }
type WithQueryCount = typeof globalThis & { [QUERY_COUNT]?: QueryCount }
function countQuery(event: { query: string }) {
  const count = ((globalThis as WithQueryCount)[QUERY_COUNT] ??= { queries: 0, sessionQueries: 0 })
  count.queries++
  if (event.query.includes('"Session"')) count.sessionQueries++
}
/** SQL queries sent by this process so far; counted only when HITFLOW_COUNT_QUERIES=1. */
export function queriesSent(): QueryCount {
  return { ...((globalThis as WithQueryCount)[QUERY_COUNT] ?? { queries: 0, sessionQueries: 0 }) }
}

// One client (one pool) per process: the proxy, pages, route handlers and instrumentation are bundled apart and
// would each make their own, and dev's hot reload would open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient }
export const db = (globalForPrisma.prisma ??= createClient())

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0]
