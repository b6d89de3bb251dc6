// Which way imports point: app → lib/<feature> → lib/db, never back; test support lives in tests/, the benchmark in
// bench/. Read from the source's own import statements.
import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

const ROOT = path.resolve(import.meta.dirname, "..")
const SKIPPED = new Set(["node_modules", "generated", ".next", ".data"])
const IMPORT = /(?:from|import)\s*\(?\s*["']([^"']+)["']/g
const EXTENSIONS = ["", ".ts", ".tsx", ".mjs", "/index.ts"]

function filesUnder(folder: string): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue
      const relative = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(relative)
      else if (/\.(ts|tsx|mjs)$/.test(entry.name)) files.push(relative)
    }
  }
  walk(folder)
  return files
}

/** The files of this repository a file imports, as paths from the root. */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8")
  return [...source.matchAll(IMPORT)].flatMap(([, specifier]) => {
    const base = specifier!.startsWith("@/") ? specifier!.slice(2) : specifier!.startsWith(".") ? path.join(path.dirname(file), specifier!) : null
    const found = base === null ? undefined : EXTENSIONS.map((extension) => base + extension).find((candidate) => fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile())
    return found ? [path.normalize(found)] : []
  })
}

const isTest = (file: string) => /\.(test|spec)\.tsx?$/.test(file)
const topFolder = (file: string) => file.split(path.sep)[0]!

describe("the architecture", () => {
  it("product code under lib/ never imports routes, UI, tests, the benchmark or the commands", () => {
    const upward = filesUnder("lib")
      .filter((file) => !isTest(file))
      .flatMap((file) => importsOf(file).filter((target) => ["app", "components", "tests", "bench", "scripts"].includes(topFolder(target))).map((target) => `${file} → ${target}`))
    expect(upward).toEqual([])
  })

  it("shared UI in components/ never imports a route", () => {
    const upward = filesUnder("components").flatMap((file) => importsOf(file).filter((target) => topFolder(target) === "app").map((target) => `${file} → ${target}`))
    expect(upward).toEqual([])
  })

  it("every module under lib/ is used by the product: none is test support or dead code", () => {
    const entries = [
      ...filesUnder("app"),
      ...filesUnder("components"),
      ...filesUnder("scripts").filter((file) => !isTest(file)),
      "proxy.ts",
      "server.ts",
      "instrumentation.ts",
      "next.config.ts",
      "lib/i18n/request.ts", // next.config.ts names it to next-intl's plugin by path
    ]
    const reached = new Set<string>()
    const queue = [...entries]
    while (queue.length > 0) {
      const file = queue.shift()!
      if (reached.has(file)) continue
      reached.add(file)
      queue.push(...importsOf(file))
    }
    expect(filesUnder("lib").filter((file) => !isTest(file) && !reached.has(file))).toEqual([])
  })
})
