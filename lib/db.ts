import "server-only"
import { PrismaPg } from "@prisma/adapter-pg"
import pg from "pg"
import { PrismaClient } from "@/lib/generated/prisma/client"

// The benchmark (scripts/bench) counts SQL statements per request, and among them the access checks (the only
// ones that read "Session"), at the driver: it sees Prisma's statements and the pool's own alike, at no cost.
const QUERY_COUNT = Symbol.for("hitflow.queryCount")
export type QueryCount = { queries: number; sessionQueries: number }
type WithQueryCount = typeof globalThis & { [QUERY_COUNT]?: QueryCount }

function countStatements(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  client.query = ((statement: string | { text: string }, ...rest: unknown[]) => {
    const count = ((globalThis as WithQueryCount)[QUERY_COUNT] ??= { queries: 0, sessionQueries: 0 })
    count.queries++
    if ((typeof statement === "string" ? statement : statement.text).includes('"Session"')) count.sessionQueries++
    return query(statement, ...rest)
  }) as unknown as typeof client.query
}

/** SQL statements sent by this process so far; counted only when HITFLOW_COUNT_QUERIES=1. */
export function queriesSent(): QueryCount {
  return { ...((globalThis as WithQueryCount)[QUERY_COUNT] ?? { queries: 0, sessionQueries: 0 }) }
}

function createPool() {
  const connectionString = process.env.DATABASE_URL
  // `next build` loads server modules without querying anything; everywhere else a missing URL is a setup error.
  if (!connectionString && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("DATABASE_URL is not set: see .env.example")
  }
  const pool = new pg.Pool({ connectionString, max: 10 })
  if (process.env.HITFLOW_COUNT_QUERIES === "1") pool.on("connect", countStatements)
  return pool
}

function createClient(pool: pg.Pool) {
  return new PrismaClient({
    adapter: new PrismaPg(pool),
    // Short transactions queue for a pooled connection under load rather than fail at once.
    transactionOptions: { maxWait: 5_000, timeout: 10_000 },
  })
}

// One pool and one client per process: the proxy, pages, route handlers and instrumentation are bundled apart and
// would each make their own, and dev's hot reload would open a new pool on every edit.
const globalForDb = globalThis as unknown as { pool?: pg.Pool; prisma?: PrismaClient }
/** The connection pool itself, for the one statement on every request's path (the access check). */
export const pool = (globalForDb.pool ??= createPool())
export const db = (globalForDb.prisma ??= createClient(pool))

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0]
