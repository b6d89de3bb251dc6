// `npm test`: every test — unit and integration (Vitest, against PostgreSQL), then end to end (Playwright in
// Chromium against the production build). Uses TEST_DATABASE_URL, else a throwaway embedded database.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { servePglite } from "./pglite-server"

type Counts = { passed: number; failed: number }

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env })
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

function readJson<T>(file: string): T | null {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as T) : null
}

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "hitflow-test-"))
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }
let embedded: Awaited<ReturnType<typeof servePglite>> | undefined
if (!env.TEST_DATABASE_URL) {
  embedded = await servePglite(undefined)
  env.TEST_DATABASE_URL = embedded.url
  env.TEST_DATABASE_EMBEDDED = "1"
  console.log("TEST_DATABASE_URL is not set: using a throwaway embedded database.")
}

const totals: Counts = { passed: 0, failed: 0 }
let exitCode = 0

const vitestReport = path.join(reports, "vitest.json")
exitCode ||= await run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`], env)
const vitest = readJson<{ numPassedTests: number; numFailedTests: number }>(vitestReport)
totals.passed += vitest?.numPassedTests ?? 0
totals.failed += vitest?.numFailedTests ?? 0

const e2eEnv: NodeJS.ProcessEnv = {
  ...env,
  DATABASE_URL: env.TEST_DATABASE_URL,
  AUTH_SECRET: env.AUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
  TWO_FACTOR_ENCRYPTION_KEY: env.TWO_FACTOR_ENCRYPTION_KEY ?? crypto.randomBytes(32).toString("base64"),
}
if (exitCode === 0) exitCode = await run("npm", ["run", "build"], e2eEnv)
if (exitCode === 0) {
  const playwrightReport = path.join(reports, "playwright.json")
  exitCode = await run("npx", ["playwright", "test", "--reporter=list,json"], { ...e2eEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport })
  const playwright = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(playwrightReport)
  totals.passed += (playwright?.stats.expected ?? 0) + (playwright?.stats.flaky ?? 0)
  totals.failed += playwright?.stats.unexpected ?? 0
}

await embedded?.stop()
if (exitCode !== 0 && totals.failed === 0) totals.failed = 1 // a step failed outside any test (build, setup)
console.log(`\n${totals.passed} passed, ${totals.failed} failed`)
process.exit(exitCode)
