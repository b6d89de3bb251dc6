// A PgBouncer of the bench's own, configured by deploy/pgbouncer.ini (transaction mode, as in production) in front
// of the bench database, on a spare port: the module page (c) is measured through it beside (c) direct.
import { spawn } from "node:child_process"
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"

const PGBOUNCER = "/usr/sbin/pgbouncer"
const CONFIG = path.resolve(import.meta.dirname, "../deploy/pgbouncer.ini")
const START_TIMEOUT_MS = 10_000

export type BenchPooler = { url: string; stop(): Promise<void> }

/** Starts PgBouncer on `port` in front of `databaseUrl`'s server; answers why not when it cannot. */
export async function startPgBouncer(databaseUrl: string, port: number): Promise<BenchPooler | { unavailable: string }> {
  if (!fs.existsSync(PGBOUNCER)) return { unavailable: "PgBouncer is not installed (apt-get install pgbouncer)" }
  const target = new URL(databaseUrl)
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "hitflow-bench-pgbouncer-"))
  const config = fs
    .readFileSync(CONFIG, "utf8")
    .replace(/^\* = .*$/m, `* = host=${target.hostname} port=${target.port || 5432}`)
    .replace(/^listen_port = .*$/m, `listen_port = ${port}`)
    .replace(/^auth_file = .*$/m, `auth_file = ${path.join(folder, "userlist.txt")}`)
  fs.writeFileSync(path.join(folder, "pgbouncer.ini"), config)
  fs.writeFileSync(path.join(folder, "userlist.txt"), `"${decodeURIComponent(target.username)}" "${decodeURIComponent(target.password)}"\n`)
  // PgBouncer refuses to run as root: as root, run it as the postgres user.
  const owner = process.getuid?.() === 0 ? userIds("postgres") : undefined
  if (owner) for (const file of ["", "pgbouncer.ini", "userlist.txt"]) fs.chownSync(path.join(folder, file), owner.uid, owner.gid)
  const child = spawn(PGBOUNCER, [path.join(folder, "pgbouncer.ini")], { stdio: ["ignore", "ignore", "pipe"], ...owner })
  let said = ""
  child.stderr!.on("data", (chunk: Buffer) => (said = (said + chunk.toString()).slice(-2_000)))
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const url = new URL(databaseUrl)
  url.hostname = "127.0.0.1"
  url.port = String(port)
  const stop = async () => {
    child.kill("SIGTERM")
    await exited
    fs.rmSync(folder, { recursive: true, force: true })
  }
  const deadline = Date.now() + START_TIMEOUT_MS
  for (;;) {
    const client = new pg.Client({ connectionString: url.toString() })
    try {
      await client.connect()
      await client.query("SELECT 1")
      await client.end()
      return { url: url.toString(), stop }
    } catch (error) {
      await client.end().catch(() => undefined)
      if (Date.now() > deadline || child.exitCode !== null) {
        await stop()
        return { unavailable: `PgBouncer did not answer: ${error instanceof Error ? error.message : error} ${said.trim()}` }
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}

function userIds(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync("id", [flag, name], { encoding: "utf8" }).trim())
  return { uid: id("-u"), gid: id("-g") }
}
