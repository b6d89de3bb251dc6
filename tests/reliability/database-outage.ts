// Taking the app's database away and giving it back. By default the real thing: the local PostgreSQL cluster is
// stopped and started (Debian's pg_ctlcluster; needs root or postgres), which every other user of the server feels.
// RELIABILITY_OUTAGE=database only closes the scratch database (its connections killed, new ones refused), for
// developing the scenarios without disturbing anyone.
import { execFile } from "node:child_process"
import { promisify } from "node:util"
import { runOnce } from "./sql"

export type DatabaseOutage = { description: string; begin(): Promise<void>; end(): Promise<void> }

const run = promisify(execFile)
const COMMAND_TIMEOUT_MS = 60_000

function clusterRestart(): DatabaseOutage {
  const pgCtlCluster = (...args: string[]) => run("pg_ctlcluster", ["15", "main", ...args], { timeout: COMMAND_TIMEOUT_MS })
  return {
    description: "PostgreSQL (cluster 15/main) stopped and started",
    begin: async () => void (await pgCtlCluster("stop", "-m", "fast")),
    end: async () => void (await pgCtlCluster("start")),
  }
}

function databaseClosed(serverUrl: string, database: string): DatabaseOutage {
  return {
    description: `database ${database} closed and reopened (RELIABILITY_OUTAGE=database)`,
    async begin() {
      await runOnce(serverUrl, `ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS false`)
      await runOnce(serverUrl, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}'`)
    },
    end: () => runOnce(serverUrl, `ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS true`),
  }
}

export function databaseOutage(serverUrl: string, database: string): DatabaseOutage {
  return process.env.RELIABILITY_OUTAGE === "database" ? databaseClosed(serverUrl, database) : clusterRestart()
}
