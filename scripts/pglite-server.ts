import net from "node:net"
import { PGlite } from "@electric-sql/pglite"
import { PGLiteSocketServer } from "@electric-sql/pglite-socket"

export type PgliteServer = { url: string; stop(): Promise<void> }

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once("error", reject)
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** Serves a PGlite database (on disk in dataDir, or in memory) on 127.0.0.1 over the PostgreSQL wire protocol. */
export async function servePglite(dataDir: string | undefined, port?: number): Promise<PgliteServer> {
  const db = await PGlite.create(dataDir ? { dataDir } : {})
  const listenPort = port ?? (await freePort())
  // maxConnections well above the app's pool size: with the default of 1, pg-pool breaks after a query error.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: listenPort, maxConnections: 64 })
  await server.start()
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${listenPort}/postgres?sslmode=disable`,
    async stop() {
      await server.stop()
      await db.close()
    },
  }
}
