// Prisma's schema engine compiled to WebAssembly, driven through @prisma/adapter-pg. It replaces the native
// engine that `prisma migrate` downloads (impossible without internet). Migrations keep Prisma's own folder
// format and `_prisma_migrations` table, so `prisma migrate deploy` stays interchangeable with `npm run db:migrate`.
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { PrismaPg } from "@prisma/adapter-pg"
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils"
import { servePglite } from "./pglite-server"

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../prisma/schema.prisma")
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../prisma/migrations")

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>
  diff(input: unknown): Promise<{ exitCode: number; stdout: string }>
  diagnoseMigrationHistory(input: unknown): Promise<unknown>
}

const filters = { externalTables: [], externalEnums: [] }

// The package entry imports a .wasm file, which Node 20 cannot: instantiate the module by hand, once.
let loaded: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined
function loadWasm() {
  loaded ??= (async () => {
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }
    const registry = { message: "", set_message: (message: string) => void (registry.message = message) }
    g.PRISMA_WASM_PANIC_REGISTRY ??= registry
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg")
    const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg")
    const wasm = fs.readFileSync(path.join(path.dirname(entry), "schema_engine_bg.wasm"))
    const { instance } = await WebAssembly.instantiate(wasm, { "./schema_engine_bg.js": bg })
    bg.__wbg_set_wasm(instance.exports)
    ;(instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.()
    return bg
  })()
  return loaded
}

async function engineFor(databaseUrl: string): Promise<Engine> {
  const bg = await loadWasm()
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8")
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }))
  return (await bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, adapter)) as unknown as Engine
}

export function migrationNames(): string[] {
  if (!fs.existsSync(MIGRATIONS_DIR)) return []
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

function migrationsList() {
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml")
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: lockPath, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    // `path` must be the bare folder name: it becomes migration_name in _prisma_migrations.
    migrationDirectories: migrationNames().map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  }
}

/** Applies pending migrations; returns the names of those it applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const engine = await engineFor(databaseUrl)
  const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrationsList(), filters })
  return appliedMigrationNames
}

/** SQL that turns a database holding `fromSchema` (null: empty) into one holding `toSchema`. */
export async function diffSchemas(fromSchema: string | null, toSchema: string): Promise<string> {
  // The engine connects when it starts, though a diff of two datamodels reads nothing: give it a throwaway database.
  const scratch = await servePglite(undefined)
  try {
    return await diffWith(await engineFor(scratch.url), fromSchema, toSchema)
  } finally {
    await scratch.stop()
  }
}

async function diffWith(engine: Engine, fromSchema: string | null, toSchema: string): Promise<string> {
  const asSource = (text: string) => ({ tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: text }] })
  const { stdout } = await engine.diff({
    from: fromSchema === null ? { tag: "empty" } : asSource(fromSchema),
    to: asSource(toSchema),
    script: true,
    exitCode: null,
    filters,
  })
  return stdout
}
