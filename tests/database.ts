// Test databases: the one the suite runs against (TEST_DATABASE_URL), and scratch ones a test may need.
import crypto from "node:crypto"
import pg from "pg"
import { applyMigrations } from "@/scripts/schema-engine"
import { servePglite } from "@/scripts/pglite-server"

/** Empties the database and applies every migration. */
export async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
  } finally {
    await client.end()
  }
  await applyMigrations(url)
}

export type ScratchDatabase = { url: string; drop(): Promise<void> }

/**
 * A new empty database: on a PostgreSQL server, a fresh database beside TEST_DATABASE_URL's; on the embedded
 * test database (PGlite serves one database only), a fresh in-memory PGlite.
 */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  if (process.env.TEST_DATABASE_EMBEDDED === "1") {
    const server = await servePglite(undefined)
    return { url: server.url, drop: () => server.stop() }
  }
  const base = new URL(process.env.TEST_DATABASE_URL!)
  const name = `hitflow_scratch_${crypto.randomBytes(6).toString("hex")}`
  const admin = new pg.Client({ connectionString: base.toString() })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: base.toString() })
      await dropper.connect()
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await dropper.end()
    },
  }
}
