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
  return range === "unicast"
}

export type Target = { url: URL; address: string; family: 4 | 6 }
export type TargetCheck = { ok: true; target: Target } | { ok: false; message: string }

type Lookup = (hostname: string) => Promise<{ address: string; family: number }[]>
const systemLookup: Lookup = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true })

/** Whether a URL can be an endpoint at all: https (http only in tests' loopback setting), no credentials. */
export function urlProblem(text: string): string | null {
  if (!URL.canParse(text)) return "Enter a full URL, like https://example.com/hooks/hitflow."
  const url = new URL(text)
  if (url.protocol !== "https:" && !(url.protocol === "http:" && allowLoopback())) return "The URL must start with https://."
  if (url.username || url.password) return "The URL cannot carry a user name or password."
  return null
}

/**
 * Resolves an endpoint's URL and checks every address it resolves to: the one to connect to, or why not. Called
 * when the URL is saved and before each delivery.
 */
export async function resolveTarget(text: string, lookup: Lookup = systemLookup): Promise<TargetCheck> {
  const problem = urlProblem(text)
  if (problem) return { ok: false, message: problem }
  const url = new URL(text)
  // The URL parser has already turned every spelling of an IP (decimal, octal, hex) into its dotted form.
  const host = url.hostname.replace(/^\[|\]$/g, "")
  let addresses: { address: string; family: number }[]
  if (ipaddr.isValid(host)) addresses = [{ address: host, family: ipaddr.parse(host).kind() === "ipv6" ? 6 : 4 }]
  else {
    try {
      addresses = await lookup(host)
    } catch {
      return { ok: false, message: `${host} cannot be resolved.` }
    }
  }
  if (addresses.length === 0) return { ok: false, message: `${host} cannot be resolved.` }
  const refused = addresses.find(({ address }) => !isPublicAddress(address))
  if (refused) return { ok: false, message: `${host} is a private, local or reserved address (${refused.address}): webhooks go to the public internet only.` }
  const { address, family } = addresses[0]!
  return { ok: true, target: { url, address, family: family === 6 ? 6 : 4 } }
}
