import type { AccountAccess, Person } from "@/lib/access/check"

// proxy.ts hands what it read and decided to the page it lets through, so rendering does not ask the database again
// and a refusal page can say what was refused. The proxy runs on every /accounts/* request and always overwrites
// this header, so a client cannot forge it.
export const ACCESS_HEADER = "x-hitflow-access"

/** What the proxy decided for the requested path: let through, or which refusal the page is to show. */
export type Verdict = { kind: "allow" } | { kind: "not-found" } | { kind: "deactivated" } | { kind: "two-factor-required" } | { kind: "forbidden"; module: string }

export type ForwardedAccess = { accountId: string; userId: string; person: Person; access: AccountAccess | null; verdict: Verdict }

export function encodeAccess(value: ForwardedAccess): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url")
}

/** What the proxy forwarded on this request (null: nothing). */
export function decodeForwarded(header: string | null): ForwardedAccess | null {
  if (!header) return null
  try {
    return JSON.parse(Buffer.from(header, "base64url").toString()) as ForwardedAccess
  } catch {
    return null
  }
}

/** What the proxy forwarded for this account (null: nothing, or for another account). */
export function decodeAccess(header: string | null, accountId: string): ForwardedAccess | null {
  const value = decodeForwarded(header)
  return value?.accountId === accountId ? value : null
}
