// Test support: finds every server action and route handler in the source, and reads the caller rule each one was
// declared with (lib/actions/server-action.ts, lib/actions/route-handler.ts).
import fs from "node:fs"
import path from "node:path"
import type { CallerRule } from "@/lib/actions/server-action"
import type { ApiRule } from "@/lib/api/route"

/** An entry point: its name ("signInAction", "GET /api/accounts"), its file and the name it is exported under. */
export type FoundEntry = { name: string; file: string; exported: string }

const SOURCE_FOLDERS = ["app", "components", "lib"]
const SKIPPED = new Set(["node_modules", "generated", ".next"])
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

function sourceFiles(root: string): string[] {
  const files: string[] = []
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) && !/\.test\.(ts|tsx)$/.test(entry.name)) files.push(full)
    }
  }
  for (const folder of SOURCE_FOLDERS) if (fs.existsSync(path.join(root, folder))) walk(path.join(root, folder))
  return files
}

// A directive is a statement of its own; the words in a comment or a string are not one.
const DIRECTIVE = /^\s*["']use server["'];?\s*$/gm
const MODULE_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/
const INLINE_ACTION = [
  /async\s+function\s+(\w+)\s*\([^)]*\)\s*(?::[^{]+)?\{\s*["']use server["']/g,
  /(?:const|let)\s+(\w+)\s*=\s*async\s*\([^)]*\)\s*(?::[^=]+)?=>\s*\{\s*["']use server["']/g,
]

function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g), ...source.matchAll(/export\s+(?:const|let|var)\s+(\w+)\s*=/g)].map(
    (match) => match[1]!,
  )
  for (const list of source.matchAll(/export\s+(?:const|let|var)?\s*\{([^}]*)\}/g)) {
    names.push(...list[1]!.split(",").map((part) => part.trim().split(/\s+as\s+/).pop()!.split(":")[0]!.trim()).filter(Boolean))
  }
  if (/export\s+default\s/.test(source)) names.push("default")
  return names
}

/**
 * Server actions: every export of a "use server" module, and every function marked "use server" inline. An inline
 * directive in a form this scan cannot name is reported as "<unrecognised>", so it cannot go unnoticed.
 */
export function findServerActions(root: string): FoundEntry[] {
  const found: FoundEntry[] = []
  for (const full of sourceFiles(root)) {
    const source = fs.readFileSync(full, "utf8")
    const directives = source.match(DIRECTIVE)?.length ?? 0
    if (directives === 0) continue
    const file = path.relative(root, full)
    const isModule = MODULE_DIRECTIVE.test(source)
    if (isModule) found.push(...exportedNames(source).map((name) => ({ name, file, exported: name })))
    const inline = INLINE_ACTION.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!))
    // An inline action is never exported: it has no rule to read, so the matrix fails on it.
    found.push(...inline.map((name) => ({ name, file, exported: "" })))
    const unnamed = directives - (isModule ? 1 : 0) - inline.length
    for (let i = 0; i < unnamed; i++) found.push({ name: "<unrecognised>", file, exported: "" })
  }
  return found
}

/** Route handlers: each HTTP method exported by an app/**\/route file, named like "GET /api/accounts". */
export function findRouteHandlers(root: string): FoundEntry[] {
  return sourceFiles(root)
    .filter((full) => /^app\/.*\/route\.(ts|tsx|js|mjs)$/.test(path.relative(root, full)))
    .flatMap((full) => {
      const file = path.relative(root, full)
      const url = `/${path.dirname(file).split(path.sep).slice(1).filter((segment) => !/^\(.*\)$/.test(segment)).join("/")}`
      return exportedNames(fs.readFileSync(full, "utf8"))
        .filter((name) => HTTP_METHODS.includes(name))
        .map((method) => ({ name: `${method} ${url}`, file, exported: method }))
    })
}

export type LoadedEntry = FoundEntry & { rule: CallerRule | ApiRule | undefined }

/** Imports the modules of the entry points found, and reads the rule each was declared with (none: not wrapped). */
export async function loadEntryPoints(root: string, found: FoundEntry[]): Promise<LoadedEntry[]> {
  return Promise.all(
    found.map(async (entry) => {
      const exported = entry.exported ? ((await import(path.join(root, entry.file))) as Record<string, unknown>)[entry.exported] : undefined
      return { ...entry, rule: typeof exported === "function" ? (exported as unknown as { rule?: CallerRule | ApiRule }).rule : undefined }
    }),
  )
}
