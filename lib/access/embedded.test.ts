// The embedded database (PGlite, what `npm run dev` uses with nothing installed) serves every connection from one
// session. The access check runs on every request from several pooled connections at once: whatever it sends must
// work there too (a named prepared statement, for one, clashes with itself and broke every page but the first).
import { afterAll, describe, expect, it, vi } from "vitest"
import type { PgliteServer } from "@/scripts/pglite-server"
import { findAccess, findAccessForSession } from "./check"

const embedded = vi.hoisted(() => ({ server: undefined as PgliteServer | undefined, pool: undefined as import("pg").Pool | undefined }))

// The app's pool, on a fresh in-memory PGlite served the way `npm run dev` serves it.
vi.mock("@/lib/db", async () => {
  const { default: pg } = await import("pg")
  const { servePglite } = await import("@/scripts/pglite-server")
  const { applyMigrations } = await import("@/scripts/schema-engine")
  embedded.server = await servePglite(undefined)
  await applyMigrations(embedded.server.url)
  embedded.pool = new pg.Pool({ connectionString: embedded.server.url, max: 10 })
  return { pool: embedded.pool }
})

afterAll(async () => {
  await embedded.pool?.end()
  await embedded.server?.stop()
})

describe("the access check on the embedded database", () => {
  it("answers many requests at once, from every pooled connection", async () => {
    const ids = Array.from({ length: 30 }, () => crypto.randomUUID())
    const checks = await Promise.all([
      ...ids.map((id) => findAccessForSession({ userId: id, sessionId: id }, id)),
      ...ids.map((id) => findAccess(id, id)),
    ])
    expect(checks).toEqual([...ids.map(() => "signed-out"), ...ids.map(() => null)])
  })
})
