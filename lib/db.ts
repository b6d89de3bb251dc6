import "server-only"
import { PrismaPg } from "@prisma/adapter-pg"
import { PrismaClient } from "@/lib/generated/prisma/client"

function createClient() {
  const connectionString = process.env.DATABASE_URL
  // `next build` loads server modules without querying anything; everywhere else a missing URL is a setup error.
  if (!connectionString && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("DATABASE_URL is not set: see .env.example")
  }
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: 10 }),
    // Short transactions queue for a pooled connection under load rather than fail at once.
    transactionOptions: { maxWait: 5_000, timeout: 10_000 },
  })
}

// One client per process; dev's hot reload would otherwise open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient }
export const db = globalForPrisma.prisma ?? createClient()
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0]
