// The run's own database on TEST_DATABASE_URL's server: created empty and migrated, dropped at the end.
import { applyMigrations } from "@/scripts/schema-engine"
import { runOnce } from "./sql"

export const SCRATCH_DATABASE = "hitflow_reliability"

export type ScratchDatabase = { url: string; drop(): Promise<void> }

export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  if (!/^postgres(ql)?:\/\//.test(serverUrl)) throw new Error("TEST_DATABASE_URL must name a PostgreSQL server (postgresql://…)")
  // A run that was killed leaves its database behind: start from nothing every time.
  await runOnce(serverUrl, `DROP DATABASE IF EXISTS ${SCRATCH_DATABASE} WITH (FORCE)`)
  await runOnce(serverUrl, `CREATE DATABASE ${SCRATCH_DATABASE}`)
  const url = new URL(serverUrl)
  url.pathname = `/${SCRATCH_DATABASE}`
  await applyMigrations(url.toString())
  return {
    url: url.toString(),
    drop: () => runOnce(serverUrl, `DROP DATABASE IF EXISTS ${SCRATCH_DATABASE} WITH (FORCE)`),
  }
}
