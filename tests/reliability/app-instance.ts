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
  /** What the server printed, for the report when something goes wrong. */
  output(): string[]
  stop(): Promise<void>
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
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())))

  const instance: AppInstance = {
    name,
    url,
    port,
    pid: child.pid!,
    alive: () => !exited,
    output: () => [...lines],
    async stop() {
      if (exited) return
      child.kill("SIGTERM")
      const stopped = await Promise.race([exit.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))])
      if (!stopped) child.kill("SIGKILL")
      await exit
    },
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
