// `npm run dev`: the app on a fresh machine with nothing installed. Without DATABASE_URL it starts the embedded
// PostgreSQL (PGlite under .data/) in its own process, applies migrations, seeds the demo, then runs the app's
// server (server.ts) in development mode: Next.js's dev server behind the same request checks as production.
import { spawn, type ChildProcess } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import readline from "node:readline"
import { applyMigrations } from "./schema-engine"

const EMBEDDED_PORT = 55432
const children: ChildProcess[] = []

// Generated secrets are fine for local development; production sets its own. Kept in .env, so sessions and
// two-factor secrets outlive a restart.
const GENERATED_SECRETS: Record<string, () => string> = {
  AUTH_SECRET: () => crypto.randomBytes(32).toString("base64url"),
  TWO_FACTOR_ENCRYPTION_KEY: () => crypto.randomBytes(32).toString("base64"),
}

function ensureEnvFile() {
  const existing = fs.existsSync(".env") ? fs.readFileSync(".env", "utf8") : ""
  const missing = Object.keys(GENERATED_SECRETS).filter((name) => !new RegExp(`^${name}=`, "m").test(existing))
  if (missing.length > 0) {
    const lines = missing.map((name) => `${name}=${GENERATED_SECRETS[name]!()}\n`).join("")
    fs.writeFileSync(".env", `${existing}${existing && !existing.endsWith("\n") ? "\n" : ""}${lines}`)
    console.log(`Wrote ${missing.join(" and ")} to .env (generated).`)
  }
  process.loadEnvFile(".env")
}

async function startEmbeddedDatabase(): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/embedded-db.ts", ".data/pglite", String(EMBEDDED_PORT)], {
    stdio: ["ignore", "pipe", "inherit"],
  })
  children.push(child)
  const firstLine = await new Promise<string | undefined>((resolve) => {
    readline.createInterface({ input: child.stdout! }).once("line", resolve)
    child.once("exit", () => resolve(undefined))
  })
  if (!firstLine?.startsWith("postgresql://")) process.exit(1)
  return firstLine
}

function stopAll() {
  for (const child of children) child.kill("SIGTERM")
}
process.on("SIGINT", stopAll)
process.on("SIGTERM", stopAll)

ensureEnvFile()
const embedded = !process.env.DATABASE_URL
if (embedded) process.env.DATABASE_URL = await startEmbeddedDatabase()
await applyMigrations(process.env.DATABASE_URL!)
// Imported only now: the database client reads DATABASE_URL when it loads.
const demo = await import("./seed-demo")
if (embedded) await demo.seedDemo()

const port = process.env.PORT ?? "3000"
console.log(`\nHitflow is starting on http://localhost:${port}`)
if (embedded) console.log(`Demo sign-in: ${demo.DEMO_EMAIL} / ${demo.DEMO_PASSWORD} (embedded database in .data/)\n`)

const next = spawn(process.execPath, ["--import", "tsx", "server.ts", "--dev", "--port", port, "--hostname", "localhost"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
})
children.push(next)
next.on("exit", (code) => {
  stopAll()
  process.exit(code ?? 0)
})
