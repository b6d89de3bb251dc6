export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) {
    console.error("DATABASE_URL is not set (e.g. postgresql://user:password@localhost:5432/hitflow).")
    process.exit(1)
  }
  return url
}
