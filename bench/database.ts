// The benchmark's database: DATABASE_URL when set, else `hitflow_bench` on the local PostgreSQL server, created if
// missing. It is wiped and migrated on every run, so it refuses a database that holds anyone but the bench's people.
import pg from "pg"
import { applyMigrations } from "@/scripts/schema-engine"
import { BENCH_EMAIL_DOMAIN } from "./seed"

export const LOCAL_SERVER_URL = "postgresql://postgres:postgres@127.0.0.1:5432/postgres"
export const LOCAL_BENCH_DATABASE = "hitflow_bench"

export async function benchDatabaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL
  const admin = new pg.Client({ connectionString: LOCAL_SERVER_URL })
  await admin.connect()
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [LOCAL_BENCH_DATABASE])
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${LOCAL_BENCH_DATABASE}`)
  } finally {
    await admin.end()
  }
  const url = new URL(LOCAL_SERVER_URL)
  url.pathname = `/${LOCAL_BENCH_DATABASE}`
  return url.toString()
}

/** Drops everything in the public schema and applies the migrations, after checking nobody else's data is there. */
export async function resetBenchDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const users = await client.query<{ table: string | null }>(`SELECT to_regclass('public."User"')::text AS "table"`)
    if (users.rows[0]?.table) {
      const foreign = await client.query(`SELECT 1 FROM "User" WHERE "email" NOT LIKE $1 LIMIT 1`, [`%@${BENCH_EMAIL_DOMAIN}`])
      if (foreign.rowCount) {
        throw new Error(`${redact(url)} holds users that the benchmark did not create; it wipes its database, so point DATABASE_URL at a dedicated one.`)
      }
    }
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
  } finally {
    await client.end()
  }
  await applyMigrations(url)
}

export function redact(url: string): string {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = "***"
  return parsed.toString()
}
