// The production server under test: `npm run build` output served as `npm start` serves it, as users deploy it.
import { spawn, type ChildProcess } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { productionServerCommand, SERVER_PROCESS_TITLE } from "@/scripts/production-server"
import { commandLine, processTree, readProc } from "@/tests/processes"

const ROOT = path.resolve(import.meta.dirname, "..")

export type BenchServer = {
  baseUrl: string
  /** Where bench/count-queries.mjs, loaded into the server, answers how many statements it has sent. */
  queryCountUrl: string
  logFile: string
  serverPid(): number | undefined
  stop(): Promise<void>
}

const QUERY_COUNTER = path.join(ROOT, "bench/count-queries.mjs")

/** The production server's environment for a benchmark on `databaseUrl`, served at `baseUrl`. */
export function benchServerEnv(databaseUrl: string, baseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    TWO_FACTOR_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    // Scenario (h) loads one API key far beyond the 60 a minute a key gets in production.
    API_REQUESTS_PER_MINUTE: "100000000",
    APP_URL: baseUrl,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    // Production without a Postmark token holds mail in the outbox: invites are queued, never delivered.
    POSTMARK_SERVER_TOKEN: "",
  }
}

export function runNextBuild(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "build"], { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] })
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}`))))
  })
}

export async function startNextServer(port: number, env: NodeJS.ProcessEnv, nodeFlags: string[] = []): Promise<BenchServer> {
  const command = productionServerCommand(port, ["--import", QUERY_COUNTER, ...nodeFlags])
  const queryCountPort = port + 1
  const child = spawn(process.execPath, command.args, {
    cwd: ROOT,
    env: { ...command.env, ...env, BENCH_QUERY_COUNT_PORT: String(queryCountPort) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so stopping it also stops anything it forked
  })
  const logFile = path.join(os.tmpdir(), `hitflow-bench-server-${port}.log`)
  const log = fs.createWriteStream(logFile)
  child.stdout!.pipe(log)
  child.stderr!.pipe(log)
  const baseUrl = `http://127.0.0.1:${port}`
  await waitUntilHealthy(baseUrl, child, logFile)
  return {
    baseUrl,
    queryCountUrl: `http://127.0.0.1:${queryCountPort}`,
    logFile,
    serverPid: () => processTree(child.pid!).find((pid) => commandLine(pid).startsWith(SERVER_PROCESS_TITLE)),
    stop: () => stopGroup(child),
  }
}

async function waitUntilHealthy(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${logFile}`)
    try {
      const response = await fetch(`${baseUrl}/api/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stopGroup(child)
  throw new Error(`the server did not answer /api/health within 60 s; see ${logFile}`)
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once("exit", () => resolve())
    process.kill(-child.pid!, "SIGTERM")
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL")
    }, 5_000).unref()
  })
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (Linux's 100 ticks a second). */
export function cpuMilliseconds(pid: number): number | undefined {
  const stat = readProc(pid, "stat")
  if (!stat) return undefined
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** Resident memory of a process in MB, now (VmRSS) and at its peak (VmHWM), from /proc/<pid>/status. */
export function residentMegabytes(pid: number, which: "now" | "peak" = "now"): number | undefined {
  const field = which === "now" ? "VmRSS" : "VmHWM"
  const match = readProc(pid, "status")?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))
  return match ? Math.round(Number(match[1]) / 1024) : undefined
}
