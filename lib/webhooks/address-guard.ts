import "server-only"
import dns from "node:dns"
import ipaddr from "ipaddr.js"

// SSRF guard: an endpoint may only be on the public internet. An address that is loopback, private, link-local
// (cloud metadata: 169.254.169.254), unique-local, multicast, reserved… is refused when the URL is saved and again
// at each delivery, after DNS resolution and before connecting (the connection then goes to the address checked,
// so a DNS answer that changes in between cannot redirect it). Tests deliver to receivers on 127.0.0.1 through one
// explicit setting, WEBHOOK_ALLOW_LOOPBACK=1, which server.ts refuses for a deployment served over HTTPS.

export const allowLoopback = () => process.env.WEBHOOK_ALLOW_LOOPBACK === "1"

/** Whether an IP address (v4 or v6, an IPv4-mapped v6 taken as its v4) may be connected to. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  const parsed = ipaddr.process(address)
  const range = parsed.range()
  if (range === "loopback") return allowLoopback()
  // IPv4-compatible IPv6 (::a.b.c.d, deprecated) and the rest of ::/8 are "unicast" to ipaddr.js; nothing public lives there.
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).parts[0]! < 0x100) return false
  return range === "unicast"
}

export type Target = { url: URL; address: string; family: 4 | 6 }
/** Why a URL cannot be an endpoint, as a key of the `webhooks.refusals` messages. */
export type UrlProblem = "invalid-url" | "not-https" | "credentials" | "port" | "unresolved" | "private"
export type TargetCheck = { ok: true; target: Target } | { ok: false; problem: UrlProblem }

type Lookup = (hostname: string) => Promise<{ address: string; family: number }[]>
const LOOKUP_TIMEOUT_MS = 5_000
// A name server that never answers cannot hold a request or a delivery pass for long.
const systemLookup: Lookup = (hostname) =>
  Promise.race([
    dns.promises.lookup(hostname, { all: true, verbatim: true }),
    new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error("lookup timed out")), LOOKUP_TIMEOUT_MS).unref()),
  ])

/** Whether a URL can be an endpoint at all: https (http only in tests' loopback setting), no credentials. */
export function urlProblem(text: string): UrlProblem | null {
  if (!URL.canParse(text)) return "invalid-url"
  const url = new URL(text)
  if (url.protocol !== "https:" && !(url.protocol === "http:" && allowLoopback())) return "not-https"
  if (url.username || url.password) return "credentials"
  // No well-known service ports (SSH, SMTP, Redis is above but not public…): 443, 80 for tests, or an unprivileged one.
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80))
  if (port < 1024 && port !== 443 && port !== 80) return "port"
  return null
}

/**
 * Resolves an endpoint's URL and checks every address it resolves to: the one to connect to, or why not. Called
 * when the URL is saved and before each delivery.
 */
export async function resolveTarget(text: string, lookup: Lookup = systemLookup): Promise<TargetCheck> {
  const problem = urlProblem(text)
  if (problem) return { ok: false, problem }
  const url = new URL(text)
  // The URL parser has already turned every spelling of an IP (decimal, octal, hex) into its dotted form.
  const host = url.hostname.replace(/^\[|\]$/g, "")
  let addresses: { address: string; family: number }[]
  if (ipaddr.isValid(host)) addresses = [{ address: host, family: ipaddr.parse(host).kind() === "ipv6" ? 6 : 4 }]
  else {
    try {
      addresses = await lookup(host)
    } catch {
      return { ok: false, problem: "unresolved" }
    }
  }
  if (addresses.length === 0) return { ok: false, problem: "unresolved" }
  // The refusal never names the address: it would map the network Hitflow runs in for whoever asks.
  if (addresses.some(({ address }) => !isPublicAddress(address))) return { ok: false, problem: "private" }
  const { address, family } = addresses[0]!
  return { ok: true, target: { url, address, family: family === 6 ? 6 : 4 } }
}
