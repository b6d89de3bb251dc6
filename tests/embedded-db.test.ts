import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import readline from "node:readline"
import { afterEach, describe, expect, it } from "vitest"
import { freePort } from "@/scripts/pglite-server"

const running: ReturnType<typeof spawn>[] = []
afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGTERM")
})

function startEmbedded(dataDir: string, port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/embedded-db.ts", dataDir, String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
  })
  running.push(child)
  const firstLine = new Promise<string | undefined>((resolve) => {
    readline.createInterface({ input: child.stdout! }).once("line", resolve)
    child.once("exit", () => resolve(undefined))
  })
  let stderr = ""
  child.stderr!.on("data", (chunk) => (stderr += chunk))
  const exit = new Promise<number | null>((resolve) => child.once("exit", resolve))
  return { child, firstLine, exit, stderr: () => stderr }
}

describe("the embedded database", () => {
  it("refuses a second instance on the same folder while the first runs, and accepts one after a stale lock", async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hitflow-embedded-")), "nested", "pglite")
    const first = startEmbedded(dataDir, await freePort())
    expect(await first.firstLine).toMatch(/^postgresql:\/\//)

    const second = startEmbedded(dataDir, await freePort())
    expect(await second.exit).toBe(1)
    expect(second.stderr()).toContain("already in use")

    first.child.kill("SIGKILL") // leaves its lock file behind
    await first.exit
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true)
    const third = startEmbedded(dataDir, await freePort())
    expect(await third.firstLine).toMatch(/^postgresql:\/\//)
  }, 120_000) // three database processes start one after another: slow on a busy 2-core machine
})
