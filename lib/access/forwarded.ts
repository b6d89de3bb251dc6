import type { AccountAccess } from "@/lib/access/check"

// proxy.ts hands its decision to the page it lets through, so rendering does not ask the database again.
// The proxy runs on every /accounts/* request and always overwrites this header, so a client cannot forge it.
export const ACCESS_HEADER = "x-hitflow-access"

export type ForwardedAccess = { userId: string; access: AccountAccess }

export function encodeAccess(value: ForwardedAccess): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url")
}

export function decodeAccess(header: string | null, accountId: string): ForwardedAccess | null {
  if (!header) return null
  try {
    const value = JSON.parse(Buffer.from(header, "base64url").toString()) as ForwardedAccess
    return value.access?.accountId === accountId ? value : null
  } catch {
    return null
  }
}
