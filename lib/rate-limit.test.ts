import crypto from "node:crypto"
import { afterAll, describe, expect, it } from "vitest"
import { db } from "@/lib/db"
import { clientIp, countUnlessLimited, eachWith, isAtLimit, uncount } from "@/lib/rate-limit"

const limit = { max: 3, windowMs: 60_000 }
const uniqueKey = () => `test:${crypto.randomBytes(6).toString("hex")}`
const at = (iso: string) => new Date(iso)
const tried = { counts: 0 }
afterAll(() => console.log(`rate limit: ${tried.counts} counted attempts`))

async function countTimes(keys: string[], times: number, now: Date) {
  const results = []
  for (let i = 0; i < times; i++) {
    tried.counts++
    results.push(await countUnlessLimited(eachWith(limit, keys), now))
  }
  return results
}

describe("rate limit", () => {
  it("counts up to the limit, then refuses and counts nothing more", async () => {
    const key = uniqueKey()
    const results = await countTimes([key], 5, at("2031-01-01T10:00:00Z"))
    expect(results.map((result) => result.ok)).toEqual([true, true, true, false, false])
    expect(await db.rateLimitEvent.count({ where: { key } })).toBe(3)
    expect(await isAtLimit([key], limit, at("2031-01-01T10:00:00Z"))).toBe(true)
  })

  it("forgets events older than the window", async () => {
    const key = uniqueKey()
    await countTimes([key], 3, at("2031-01-01T10:00:00Z"))
    expect(await isAtLimit([key], limit, at("2031-01-01T10:00:59Z"))).toBe(true)
    expect(await isAtLimit([key], limit, at("2031-01-01T10:01:00Z"))).toBe(false)
    expect((await countTimes([key], 1, at("2031-01-01T10:01:00Z"))).map((result) => result.ok)).toEqual([true])
  })

  it("counts under several keys all or nothing", async () => {
    const [full, free] = [uniqueKey(), uniqueKey()]
    await countTimes([full], 3, at("2031-01-01T10:00:00Z"))
    expect(await countUnlessLimited(eachWith(limit, [free, full]), at("2031-01-01T10:00:10Z"))).toEqual({ ok: false, atLimit: [full] })
    expect(await db.rateLimitEvent.count({ where: { key: free } })).toBe(0)
  })

  it("holds each key to its own limit in one count", async () => {
    const [small, large] = [uniqueKey(), uniqueKey()]
    const now = at("2031-01-01T10:00:00Z")
    const counts = [{ key: small, limit: { max: 2, windowMs: 60_000 } }, { key: large, limit: { max: 5, windowMs: 60_000 } }]
    tried.counts += 3
    const results = [await countUnlessLimited(counts, now), await countUnlessLimited(counts, now), await countUnlessLimited(counts, now)]
    expect(results.map((result) => result.ok)).toEqual([true, true, false])
    expect(results[2]).toEqual({ ok: false, atLimit: [small] })
    expect((await countUnlessLimited([counts[1]!], now)).ok).toBe(true)
    expect(await db.rateLimitEvent.count({ where: { key: large } })).toBe(3)
  })

  it("lets no more than the limit through when 20 attempts race (across connections, as across app instances)", async () => {
    const key = uniqueKey()
    const now = at("2031-01-01T10:00:00Z")
    tried.counts += 20
    const results = await Promise.all(Array.from({ length: 20 }, () => countUnlessLimited(eachWith(limit, [key, uniqueKey()]), now)))
    expect(results.filter((result) => result.ok)).toHaveLength(3)
    expect(await db.rateLimitEvent.count({ where: { key } })).toBe(3)
  })

  it("takes back what it counted", async () => {
    const key = uniqueKey()
    const [first] = await countTimes([key], 1, at("2031-01-01T10:00:00Z"))
    if (!first?.ok) throw new Error("not counted")
    await uncount(first.eventIds)
    expect(await db.rateLimitEvent.count({ where: { key } })).toBe(0)
  })

  it("prunes events older than a day, by the database's clock", async () => {
    const old = uniqueKey()
    await db.$executeRaw`INSERT INTO "RateLimitEvent" ("id", "key", "createdAt") VALUES (gen_random_uuid(), ${old}, (now() AT TIME ZONE 'UTC') - interval '25 hours')`
    await countTimes([uniqueKey()], 1, new Date())
    expect(await db.rateLimitEvent.count({ where: { key: old } })).toBe(0)
  })
})

describe("clientIp", () => {
  it("reads the first X-Forwarded-For entry, else X-Real-IP, else unknown", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": " 198.51.100.7 , 10.0.0.1" }))).toBe("198.51.100.7")
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.8" }))).toBe("198.51.100.8")
    expect(clientIp(new Headers())).toBe("unknown")
  })
})
