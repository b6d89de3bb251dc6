import fs from "node:fs"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createScratchDatabase, type ScratchDatabase } from "./database"
import { schemaSnapshot } from "./schema-snapshot"
import { applyMigrations, diffSchemas, migrationNames, SCHEMA_PATH } from "@/scripts/schema-engine"

describe("migrations", () => {
  let migrated: ScratchDatabase
  let fromSchema: ScratchDatabase

  beforeAll(async () => {
    ;[migrated, fromSchema] = await Promise.all([createScratchDatabase(), createScratchDatabase()])
  })
  afterAll(async () => {
    await Promise.all([migrated?.drop(), fromSchema?.drop()])
  })

  it("build exactly the database that schema.prisma describes", async () => {
    await applyMigrations(migrated.url)
    const client = new pg.Client({ connectionString: fromSchema.url })
    await client.connect()
    await client.query(await diffSchemas(null, fs.readFileSync(SCHEMA_PATH, "utf8")))
    await client.end()

    const [actual, expected] = await Promise.all([schemaSnapshot(migrated.url), schemaSnapshot(fromSchema.url)])
    expect(expected.columns.length).toBeGreaterThan(0)
    expect(actual).toEqual(expected)
  })

  it("are recorded in _prisma_migrations as prisma migrate deploy records them, and apply once", async () => {
    const client = new pg.Client({ connectionString: migrated.url })
    await client.connect()
    const { rows } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1",
    )
    await client.end()
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames())
    expect(await applyMigrations(migrated.url)).toEqual([])
  })
})
