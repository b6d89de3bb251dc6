// The runner's own view of the database, for setting the scene and checking end states: plain SQL through a
// small pool that survives PostgreSQL restarting under it (a dead idle connection is dropped, not thrown).
import pg from "pg"

export type Sql = {
  query<Row extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<Row[]>
  close(): Promise<void>
}

export function openSql(url: string): Sql {
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  pool.on("error", () => {}) // an idle connection killed by a restart; the next query opens a new one
  return {
    async query(text, values) {
      return (await pool.query(text, values)).rows
    },
    close: () => pool.end(),
  }
}

/** Runs one statement on a connection of its own, e.g. to the maintenance database to create or drop ours. */
export async function runOnce(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
