import crypto from "node:crypto"
import type { KeyLifetime } from "./lifetimes"

// API keys: "hf_live_" and 32 random bytes in base64url. Only the SHA-256 is stored, with the first characters as
// the prefix the key list shows, so a person can tell their keys apart without the key ever being readable again.

export const KEY_PREFIX = "hf_live_"
const SHOWN_CHARACTERS = 6

export function newApiKey(): { key: string; keyHash: string; prefix: string } {
  const key = `${KEY_PREFIX}${crypto.randomBytes(32).toString("base64url")}`
  return { key, keyHash: hashApiKey(key), prefix: key.slice(0, KEY_PREFIX.length + SHOWN_CHARACTERS) }
}

export function hashApiKey(key: string): string {
  return crypto.createHash("sha256").update(key).digest("hex")
}

/** The key in an `Authorization: Bearer hf_live_…` header, if it has the shape of one (null: none, or malformed). */
export function bearerKey(header: string | null): string | null {
  const match = /^Bearer (hf_live_[A-Za-z0-9_-]{43})$/.exec(header?.trim() ?? "")
  return match?.[1] ?? null
}

export function keyExpiry(lifetime: KeyLifetime, now: Date): Date | null {
  return lifetime === "never" ? null : new Date(now.getTime() + Number(lifetime) * 24 * 60 * 60 * 1000)
}
