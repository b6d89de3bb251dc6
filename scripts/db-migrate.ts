// `npm run db:migrate`: applies pending migrations (what `prisma migrate deploy` does) to DIRECT_DATABASE_URL, else
// DATABASE_URL.
import { applyMigrations } from "./schema-engine"
import { migrationDatabaseUrl } from "./database-url"

const applied = await applyMigrations(migrationDatabaseUrl())
console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.")
