// `npm run db:migrate`: applies pending migrations to DATABASE_URL (what `prisma migrate deploy` does).
import { applyMigrations } from "./schema-engine"
import { requireDatabaseUrl } from "./database-url"

const applied = await applyMigrations(requireDatabaseUrl())
console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.")
