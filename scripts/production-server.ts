// How the production server is started, for the scripts that start it themselves (benchmark, reliability suite):
// as `npm start` does, with the environment and Node flags package.json keeps in config.serverEnv and
// config.serverNodeFlags.
import fs from "node:fs"
import path from "node:path"

const ROOT = path.resolve(import.meta.dirname, "..")
export const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next")

type ServerConfig = { serverEnv: string; serverNodeFlags: string }

/**
 * Node's arguments for `next start` on 127.0.0.1:`port`, after any `extraNodeFlags` (e.g. a profiler's), and the
 * variables to add to its environment.
 */
export function productionServerCommand(port: number, extraNodeFlags: string[] = []): { args: string[]; env: Record<string, string> } {
  const { config } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { config: ServerConfig }
  return {
    args: [...config.serverNodeFlags.split(/\s+/), ...extraNodeFlags, NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"],
    env: Object.fromEntries(
      config.serverEnv
        .split(/\s+/)
        .filter(Boolean)
        .map((assignment) => [assignment.slice(0, assignment.indexOf("=")), assignment.slice(assignment.indexOf("=") + 1)]),
    ),
  }
}
