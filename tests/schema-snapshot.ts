import pg from "pg"

/**
 * The shape of the public schema as PostgreSQL's catalog describes it: tables and columns, indexes, constraints
 * and enums. (pg_dump cannot read the embedded PGlite server, which reports another major version.)
 */
export async function schemaSnapshot(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const list = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((row) => row.line)
    return {
      columns: await list(`
        SELECT table_name || '.' || column_name || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') AS line
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`),
      indexes: await list(`
        SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`),
      constraints: await list(`
        SELECT c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS line
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1`),
      enums: await list(`
        SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY 1`),
    }
  } finally {
    await client.end()
  }
}
