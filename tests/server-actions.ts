// The server actions of the build under test, read from Next's manifest: each one's id (what the Next-Action header
// names) and the pages that can run it. Tests post them as a client could, or as an attacker would.
import fs from "node:fs"
import path from "node:path"

const MANIFEST = path.resolve(import.meta.dirname, "../.next/server/server-reference-manifest.json")

export type BuiltAction = { id: string; name: string; file: string; pages: string[] }

type Manifest = { node: Record<string, { exportedName: string; filename: string; workers: Record<string, unknown> }> }

export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as Manifest
  return Object.entries(manifest.node).map(([id, action]) => ({
    id,
    name: action.exportedName,
    file: action.filename,
    // "app/(auth)/sign-in/page" → "/sign-in"; dynamic segments stay as [name] for the caller to fill.
    pages: Object.keys(action.workers).map((worker) => `/${worker.replace(/^app\//, "").replace(/\/?page$/, "")}`.replace(/\/\([^)]*\)/g, "") || "/"),
  }))
}

export function actionId(name: string): string {
  const action = builtActions().find((candidate) => candidate.name === name)
  if (!action) throw new Error(`No server action ${name} in ${MANIFEST}: build first`)
  return action.id
}
