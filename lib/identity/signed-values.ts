import "server-only"
import crypto from "node:crypto"

// Small values the app hands a browser or itself and must be able to trust back: an HMAC with AUTH_SECRET, under a
// purpose of its own so one kind of value can never pass for another.

function mac(purpose: string, value: string): string {
  const secret = process.env.AUTH_SECRET
  if (!secret) throw new Error("AUTH_SECRET is not set")
  return crypto.createHmac("sha256", secret).update(`${purpose}\n${value}`).digest("base64url")
}

export function sign(purpose: string, value: string): string {
  return `${value}.${mac(purpose, value)}`
}

/** A value that stops verifying after `lifetimeMs`: what `verifyUnexpired` gives back until then. */
export function signUntil(purpose: string, value: string, lifetimeMs: number): string {
  return sign(purpose, `${value}|${Date.now() + lifetimeMs}`)
}

export function verifyUnexpired(purpose: string, signed: string | undefined): string | null {
  const carried = verify(purpose, signed)
  const bar = carried?.lastIndexOf("|") ?? -1
  if (!carried || bar < 0 || !(Number(carried.slice(bar + 1)) > Date.now())) return null
  return carried.slice(0, bar)
}

/** The value `signed` carries, if it was signed for `purpose`. */
export function verify(purpose: string, signed: string | undefined): string | null {
  if (!signed || signed.length > 1000) return null
  const dot = signed.lastIndexOf(".")
  if (dot < 1) return null
  const value = signed.slice(0, dot)
  const expected = Buffer.from(mac(purpose, value))
  const given = Buffer.from(signed.slice(dot + 1))
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? value : null
}
