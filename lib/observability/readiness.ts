import "server-only"
import fs from "node:fs"
import path from "node:path"
import { pool } from "@/lib/db"
import { isDraining } from "@/lib/http/lifecycle"
import { withinDeadline } from "./deadline"

// Readiness (/api/ready): whether a load balancer should send this process requests. Not while it drains, not
// while the database does not answer, not before every migration of this build is applied.

export type Readiness = { ok: true } | { ok: false; reason: "draining" | "database" | "migrations" }

const DATABASE_DEADLINE_MS = 2_000

let expected: readonly string[] | undefined
/** The migrations this build expects: the folders of prisma/migrations where the server runs (npm start runs from the repository). */
export function expectedMigrations(): readonly string[] {
  return (expected ??= fs
    .readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name))
}

/** `migrationsOfBuild` is for tests, which name a migration the shared database lacks. */
export async function readiness(migrationsOfBuild: () => readonly string[] = expectedMigrations): Promise<Readiness> {
  if (isDraining()) return { ok: false, reason: "draining" }
  // Plain statements on the shared pool, no session settings (a pooler in transaction mode may sit in between);
  // the deadline is kept on this side, so it holds even when no connection can be had.
  const applied = await withinDeadline(appliedMigrations(), DATABASE_DEADLINE_MS).catch(() => null)
  if (applied === null) return { ok: false, reason: "database" }
  if (applied === "no-table") return { ok: false, reason: "migrations" }
  let wanted: readonly string[]
  try {
    wanted = migrationsOfBuild()
  } catch {
    return { ok: false, reason: "migrations" } // the build's migrations cannot be read: nothing proves the schema
  }
  return wanted.every((name) => applied.has(name)) ? { ok: true } : { ok: false, reason: "migrations" }
}

async function appliedMigrations(): Promise<Set<string> | "no-table"> {
  await pool.query("SELECT 1")
  try {
    const { rows } = await pool.query<{ name: string }>(
      `SELECT migration_name AS "name" FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )
    return new Set(rows.map((row) => row.name))
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return "no-table" // undefined_table: never migrated
    throw error
  }
}
