// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/ from the difference between the
// schema as of the last migration (kept beside it as schema.prisma) and prisma/schema.prisma. Needs no database.
import fs from "node:fs"
import path from "node:path"
import { diffSchemas, migrationNames, MIGRATIONS_DIR, SCHEMA_PATH } from "./schema-engine"

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "")
if (!name) {
  console.error("Usage: npm run db:migration -- <name>")
  process.exit(1)
}

const last = migrationNames().at(-1)
const previousSchema = last ? fs.readFileSync(path.join(MIGRATIONS_DIR, last, "schema.prisma"), "utf8") : null
const schema = fs.readFileSync(SCHEMA_PATH, "utf8")
const sql = await diffSchemas(previousSchema, schema)
if (!sql.trim() || /^-- This is an empty migration\.\s*$/.test(sql.trim())) {
  console.log("schema.prisma matches the last migration: nothing to write.")
  process.exit(0)
}

const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14)
const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`)
fs.mkdirSync(folder, { recursive: true })
fs.writeFileSync(path.join(folder, "migration.sql"), sql)
fs.writeFileSync(path.join(folder, "schema.prisma"), schema)
const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml")
if (!fs.existsSync(lockPath)) fs.writeFileSync(lockPath, 'provider = "postgresql"\n')
console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql`)
