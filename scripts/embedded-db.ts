// The embedded PostgreSQL (PGlite persisted on disk) in its own process, so the app keeps one code path:
// @prisma/adapter-pg + DATABASE_URL. Prints its DATABASE_URL on one line once it listens.
// Usage: tsx scripts/embedded-db.ts <dataDir> <port>
import fs from "node:fs"
import path from "node:path"
import { acquireLock } from "./pid-lock"
import { servePglite } from "./pglite-server"

const [dataDir, portText] = process.argv.slice(2)
if (!dataDir || !portText) {
  console.error("Usage: tsx scripts/embedded-db.ts <dataDir> <port>")
  process.exit(2)
}

const absoluteDir = path.resolve(dataDir)
fs.mkdirSync(path.dirname(absoluteDir), { recursive: true }) // PGlite does not create parent folders
// PGlite has no lock of its own: a second instance on the same folder would silently lose writes.
const lock = acquireLock(`${absoluteDir}.lock`)
if (!lock.ok) {
  console.error(`The embedded database in ${dataDir} is already in use by process ${lock.holderPid}.`)
  process.exit(1)
}

const server = await servePglite(absoluteDir, Number(portText))
console.log(server.url)

const { release } = lock
async function stop() {
  await server.stop()
  release()
  process.exit(0)
}
process.on("SIGINT", stop)
process.on("SIGTERM", stop)
