// /api/metrics and /api/ready against the real database: the token's three answers, the metrics a scrape shows,
// readiness and each reason it is refused.
import { NextRequest } from "next/server"
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest"
import { GET as scrape } from "@/app/api/metrics/route"
import { GET as ready } from "@/app/api/ready/route"
import { db, pool } from "@/lib/db"
import { drain } from "@/lib/http/lifecycle"
import { countMailAttempt, routeGroup } from "@/lib/observability/metrics"
import { expectedMigrations, readiness } from "@/lib/observability/readiness"

vi.mock("next-auth", () => import("./fake-next-auth").then((fake) => fake.nextAuthModule()))
vi.mock("next/headers", () => import("./fake-next-auth").then((fake) => fake.nextHeadersModule()))

const TOKEN = "observability-test-metrics-token"
const HOUR_MS = 3_600_000

function scrapeWith(authorization?: string) {
  return scrape(new NextRequest("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }))
}

/** The value of one sample in Prometheus text, by its name and labels as printed. */
function sample(text: string, series: string): number {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `))
  if (!line) throw new Error(`no sample ${series}`)
  return Number(line.slice(series.length + 1))
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe("/api/metrics", () => {
  let oldMailId: string
  beforeAll(async () => {
    // A mail queued two hours ago, due for one: the scrape must see at least it.
    const now = Date.now()
    oldMailId = (
      await db.outboxMail.create({
        data: { template: "invitation", to: `metrics-${crypto.randomUUID()}@example.test`, payload: {}, createdAt: new Date(now - 2 * HOUR_MS), nextAttemptAt: new Date(now - HOUR_MS) },
      })
    ).id
  })
  afterAll(async () => {
    await db.outboxMail.delete({ where: { id: oldMailId } })
  })

  it("does not exist while METRICS_TOKEN is unset, even with a bearer", async () => {
    vi.stubEnv("METRICS_TOKEN", "")
    for (const response of [await scrapeWith(), await scrapeWith(`Bearer ${TOKEN}`)]) {
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain("hitflow_")
    }
  })

  it("answers 401 without the right bearer token", async () => {
    vi.stubEnv("METRICS_TOKEN", TOKEN)
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, `Basic ${TOKEN}`, "Bearer "]) {
      const response = await scrapeWith(authorization)
      expect(response.status, String(authorization)).toBe(401)
      expect(response.headers.get("cache-control")).toBe("no-store")
      expect(await response.text()).not.toContain("hitflow_")
    }
  })

  it("answers Prometheus text with the token: requests, access decisions, outboxes, the oldest due mail, mail attempts", async () => {
    vi.stubEnv("METRICS_TOKEN", TOKEN)
    countMailAttempt("406", "failed")
    countMailAttempt("406", "failed")
    countMailAttempt("ok", "sent")
    const response = await scrapeWith(`Bearer ${TOKEN}`)
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(response.headers.get("cache-control")).toBe("no-store")
    const text = await response.text()
    for (const name of ["hitflow_http_requests_total", "hitflow_access_decisions_total", "hitflow_process_resident_memory_bytes"]) {
      expect(text).toContain(`# TYPE ${name} `)
    }
    expect(sample(text, 'hitflow_mail_attempts_total{answer="406",outcome="failed"}')).toBe(2)
    expect(sample(text, 'hitflow_mail_attempts_total{answer="ok",outcome="sent"}')).toBe(1)
    expect(sample(text, 'hitflow_outbox_pending{outbox="mail"}')).toBeGreaterThanOrEqual(1)
    expect(sample(text, 'hitflow_outbox_pending{outbox="webhook"}')).toBeGreaterThanOrEqual(0)
    expect(sample(text, "hitflow_mail_oldest_due_age_seconds")).toBeGreaterThanOrEqual(2 * 3600)
  })

  it("groups requests by a few route groups, never by path", () => {
    expect(
      [
        ["GET", "/accounts/5f0c/settings/users"],
        ["POST", "/accounts/5f0c/settings/users"],
        ["GET", "/api/v1/accounts/5f0c/members"],
        ["GET", "/api/accounts"],
        ["GET", "/api/health"],
        ["GET", "/api/ready"],
        ["GET", "/api/metrics"],
        ["GET", "/_next/static/chunks/app.js"],
      ].map(([method, path]) => routeGroup(method!, path!)),
    ).toEqual(["page", "server_action", "api_v1", "api", "api_health", "api_ready", "api_metrics", "next_static"])
  })
})

describe("/api/ready", () => {
  it("expects every migration folder of the repository", () => {
    expect(expectedMigrations()).toContain("20261128062604_init")
    expect(expectedMigrations()).toContain("20261204183839_webhooks")
  })

  it("answers 200 when the database answers and every migration is applied", async () => {
    const response = await ready(new NextRequest("http://localhost/api/ready"))
    expect(response.status).toBe(200)
    expect(response.headers.get("cache-control")).toBe("no-store")
    expect(await response.json()).toEqual({ ok: true })
  })

  it("is not ready while a migration of the build is missing from _prisma_migrations", async () => {
    expect(await readiness(() => [...expectedMigrations(), "20991231000000_not_applied_yet"])).toEqual({ ok: false, reason: "migrations" })
  })

  it("is not ready when the database fails", async () => {
    vi.spyOn(pool, "query").mockRejectedValue(new Error("connect ECONNREFUSED 127.0.0.1:5432"))
    const response = await ready(new NextRequest("http://localhost/api/ready"))
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ ok: false, reason: "database" })
  })

  it("is not ready when the database does not answer at all: the answer does not wait for it", async () => {
    vi.spyOn(pool, "query").mockReturnValue(new Promise(() => {}) as never)
    expect(await readiness()).toEqual({ ok: false, reason: "database" })
  })

  // Last: the process stays draining.
  it("answers 503 draining once the process drains", async () => {
    await drain()
    const response = await ready(new NextRequest("http://localhost/api/ready"))
    expect(response.status).toBe(503)
    expect(response.headers.get("cache-control")).toBe("no-store")
    expect(await response.json()).toEqual({ ok: false, reason: "draining" })
  })
})
