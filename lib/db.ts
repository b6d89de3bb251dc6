import "server-only"
import { PrismaPg } from "@prisma/adapter-pg"
import pg from "pg"
import { PrismaClient } from "@/lib/generated/prisma/client"

function createPool() {
  const connectionString = process.env.DATABASE_URL
  // `next build` loads server modules without querying anything; everywhere else a missing URL is a setup error.
  if (!connectionString && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("DATABASE_URL is not set: see .env.example")
  }
  // A request gives up after 10 s without a connection (a database host that drops packets, a pool held by stuck
  // work) instead of waiting for ever; Prisma's transactions have their own, shorter limit below.
  return new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 10_000 })
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
