// `npm run bench:profile -- <scenario> [seconds]`: loads one benchmark scenario against the existing production
// build with the server under V8's CPU profiler, then prints where its CPU time went (self time by package/file).
// The .cpuprofile file it writes opens in Chrome DevTools (Performance → Load profile) for the call tree.
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { benchDatabaseUrl, resetBenchDatabase } from "./database"
import { actionId } from "@/tests/server-actions"
import { applyLoad } from "./load"
import { buildScenarios, type ScenarioKey } from "./scenarios"
import { seedBenchData } from "./seed"
import { benchServerEnv, startNextServer } from "./server"
import { signInEveryone } from "./session"

const [key = "c", seconds = "10"] = process.argv.slice(2)
const port = 3210
const baseUrl = `http://127.0.0.1:${port}`
const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "hitflow-profile-"))

const databaseUrl = await benchDatabaseUrl()
await resetBenchDatabase(databaseUrl)
const fixtures = await seedBenchData(databaseUrl)
const server = await startNextServer(port, benchServerEnv(databaseUrl, baseUrl), ["--cpu-prof", `--cpu-prof-dir=${profileDir}`])
try {
  const sessions = await signInEveryone(baseUrl, fixtures)
  const scenario = buildScenarios({ fixtures, sessions, inviteActionId: actionId("sendInvitationAction"), switcher: "api", runId: crypto.randomBytes(4).toString("hex") }).find(
    (candidate) => candidate.key === (key as ScenarioKey),
  )
  if (!scenario) throw new Error(`No scenario ${key}`)
  const { path: samplePath, headers, body } = { ...scenario.request, ...scenario.request.vary?.() }
  const sample = await fetch(`${baseUrl}${samplePath}`, { method: scenario.request.method ?? "GET", headers, body })
  console.log(`One answer: HTTP ${sample.status}, ${(await sample.arrayBuffer()).byteLength} bytes`)
  const load = await applyLoad(baseUrl, scenario.request, scenario.expect, { connections: key === "g" ? 1 : 10, warmupSeconds: 2, durationSeconds: Number(seconds) }, () => undefined)
  console.log(`(${key}) ${scenario.label}: ${load.requestsPerSecond} req/s, p50 ${load.p50Ms} ms, ${load.failures} failed`)
} finally {
  await server.stop()
}

// Every process that ran with the profiler wrote one file; the server is the one with the most samples.
const profiles = fs.readdirSync(profileDir).map((file) => path.join(profileDir, file))
const largest = profiles.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]
if (!largest) throw new Error(`No CPU profile was written to ${profileDir}`)
printSelfTime(JSON.parse(fs.readFileSync(largest, "utf8")) as CpuProfile)
console.log(`\nProfile: ${largest}`)

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  samples: number[]
  timeDeltas: number[]
}

function printSelfTime(profile: CpuProfile) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
  const byFunction = new Map<string, number>()
  const byPlace = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0
    const frame = byNode.get(id)!.callFrame
    if (frame.functionName === "(idle)") return
    total += delta
    const place = placeOf(frame.url, frame.functionName)
    const fn = `${frame.functionName || "(anonymous)"} ${place}:${frame.lineNumber}`
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + delta)
    byPlace.set(place, (byPlace.get(place) ?? 0) + delta)
  })
  const top = (map: Map<string, number>, count: number) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, micros]) => `${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
  console.log(`\nBusy CPU ${(total / 1000).toFixed(0)} ms. Self time by place:\n${top(byPlace, 25).join("\n")}`)
  console.log(`\nSelf time by function:\n${top(byFunction, 40).join("\n")}`)
}

function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)"
  const modules = url.lastIndexOf("node_modules/")
  if (modules >= 0) return url.slice(modules + 13).split("/").slice(0, url.slice(modules + 13).startsWith("@") ? 2 : 1).join("/") + "/" + path.basename(url)
  return url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "")
}
