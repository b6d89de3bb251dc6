// One production server of the app (server.ts on the build in .next, as `npm start` runs it), as a deployment runs several of them.
import { spawn } from "node:child_process"
import path from "node:path"
import { productionServerCommand } from "@/scripts/production-server"
import { waitFor } from "./polling"

export type AppInstance = {
  name: string
  url: string
  port: number
  pid: number
  alive(): boolean
  /** Resolves with the exit code once the process has exited (null when a signal killed it). */
  exit: Promise<number | null>
  /** What the server printed, for the report when something goes wrong. */
  output(): string[]
  stop(): Promise<void>
  /** Another process with the same settings on the same port, as a supervisor starts after a deploy. */
  startAgain(): Promise<AppInstance>
}

const OUTPUT_LINES_KEPT = 400

export async function startAppInstance(name: string, port: number, env: Record<string, string>): Promise<AppInstance> {
  const url = `http://127.0.0.1:${port}`
  const command = productionServerCommand(port)
  const child = spawn(process.execPath, command.args, {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, ...command.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  })
  const lines: string[] = []
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean))
    lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES_KEPT))
  }
  child.stdout.on("data", keep)
  child.stderr.on("data", keep)
  let exited = false
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => ((exited = true), resolve(code))))

  const instance: AppInstance = {
    name,
    url,
    port,
    pid: child.pid!,
    alive: () => !exited,
    exit,
    output: () => [...lines],
    async stop() {
      if (exited) return
      child.kill("SIGTERM")
      const stopped = await Promise.race([exit.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))])
      if (!stopped) child.kill("SIGKILL")
      await exit
    },
    startAgain: () => startAppInstance(name, port, env),
  }
  try {
    await waitFor(
      `${name} (the production server on :${port}) to answer`,
      async () => {
        if (exited) throw new Error(`${name} exited during start-up:\n${lines.slice(-20).join("\n")}`)
        const response = await fetch(`${url}/sign-in`).catch(() => undefined)
        return response?.status === 200
      },
      { timeoutMs: 60_000, intervalMs: 300 },
    )
  } catch (error) {
    await instance.stop()
    throw error
  }
  return instance
}
