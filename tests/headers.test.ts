import { afterAll, afterEach, describe, expect, it } from "vitest"
import nextConfig from "@/next.config"

type Rule = { source: string; headers: { key: string; value: string }[] }
const environment = process.env.NODE_ENV

async function headersIn(nodeEnv: string): Promise<Rule[]> {
  ;(process.env as Record<string, string>).NODE_ENV = nodeEnv
  return (await nextConfig.headers!()) as Rule[]
}

function everyPage(rules: Rule[]): Record<string, string> {
  checked.headers += rules.flatMap((rule) => rule.headers).length
  return Object.fromEntries(rules.find((rule) => rule.source === "/:path*")!.headers.map(({ key, value }) => [key, value]))
}

const checked = { headers: 0 }
afterAll(() => console.log(`security headers: ${checked.headers} header values checked in production and development`))

afterEach(() => {
  ;(process.env as Record<string, string | undefined>).NODE_ENV = environment
})

describe("security headers (next.config.mjs)", () => {
  it("in production: a CSP without 'unsafe-eval' that forbids framing, plugins and foreign forms; HSTS; no framing; no sniffing", async () => {
    const headers = everyPage(await headersIn("production"))
    const csp = headers["Content-Security-Policy"]!
    expect(csp).not.toContain("unsafe-eval")
    for (const directive of ["default-src 'self'", "script-src 'self' 'unsafe-inline'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
      expect(csp).toContain(directive)
    }
    expect(headers).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    })
  })

  it("in development: 'unsafe-eval' for React's refresh, and no HSTS on localhost", async () => {
    const headers = everyPage(await headersIn("development"))
    expect(headers["Content-Security-Policy"]).toContain("'unsafe-eval'")
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'")
    expect(headers["Strict-Transport-Security"]).toBeUndefined()
  })

  it("sends no referrer at all from invitation links, whose path is the token", async () => {
    const rules = await headersIn("production")
    const invitations = rules.filter((rule) => rule.source.startsWith("/invitations"))
    // Next applies matching rules in order; the later one wins for the same header.
    expect(rules.indexOf(invitations[0]!)).toBeGreaterThan(rules.findIndex((rule) => rule.source === "/:path*"))
    expect(invitations.flatMap((rule) => rule.headers)).toContainEqual({ key: "Referrer-Policy", value: "no-referrer" })
  })

  it("keeps Next's origin check on server actions: no other origin is allowed to post them", () => {
    const experimental = nextConfig.experimental as { serverActions?: { allowedOrigins?: string[] } } | undefined
    expect(experimental?.serverActions?.allowedOrigins ?? []).toEqual([])
  })
})
