/**
 * The database migrations go to: DIRECT_DATABASE_URL when the app's DATABASE_URL goes through a pooler in
 * transaction mode (migrations hold a session-level advisory lock, which such a pooler cannot keep), else DATABASE_URL.
 */
export function migrationDatabaseUrl(): string {
  const url = process.env.DIRECT_DATABASE_URL || process.env.DATABASE_URL
  if (!url) {
    console.error("DATABASE_URL is not set (e.g. postgresql://user:password@localhost:5432/hitflow).")
    process.exit(1)
  }
  return url
}
