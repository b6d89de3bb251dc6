// How the production server is built and started, for the scripts that do it themselves (benchmark, reliability
// suite): as `npm run build` and `npm start` do, with the environment and Node flags package.json keeps in
// config.serverEnv and config.serverNodeFlags.
import fs from "node:fs"
import path from "node:path"

const ROOT = path.resolve(import.meta.dirname, "..")
/** What `npm run build` makes and `npm start` runs: server.ts, bundled beside Next's build. */
export const SERVER_BUNDLE = path.join(ROOT, ".next/hitflow-server.mjs")
/** The process title the server takes (server.ts), to find it among its parent's children. */
export const SERVER_PROCESS_TITLE = "hitflow-server"

type ServerConfig = { serverEnv: string; serverNodeFlags: string }

/**
 * Node's arguments for the production server on 127.0.0.1:`port`, after any `extraNodeFlags` (e.g. a profiler's),
 * and the variables to add to its environment.
 */
export function productionServerCommand(port: number, extraNodeFlags: string[] = []): { args: string[]; env: Record<string, string> } {
  const { config } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { config: ServerConfig }
  return {
    args: [...config.serverNodeFlags.split(/\s+/), ...extraNodeFlags, SERVER_BUNDLE, "--port", String(port), "--hostname", "127.0.0.1"],
    env: Object.fromEntries(
      config.serverEnv
        .split(/\s+/)
        .filter(Boolean)
        .map((assignment) => [assignment.slice(0, assignment.indexOf("=")), assignment.slice(assignment.indexOf("=") + 1)]),
    ),
  }
}
