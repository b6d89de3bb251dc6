import "server-only"
import { Secret, TOTP } from "otpauth"

// TOTP as every authenticator app speaks it (RFC 6238: SHA-1, 6 digits, 30 s), through the maintained otpauth library.

const PERIOD = 30
/** One step either side of now: a phone clock up to about 30 s off still works. */
const DRIFT_STEPS = 1
const ISSUER = "Hitflow"

/** A new random secret (160 bits, as RFC 4226 recommends), in base32 as apps take it. */
export function newSecret(): string {
  return new Secret({ size: 20 }).base32
}

function totpFor(secret: string, email: string) {
  return new TOTP({ issuer: ISSUER, label: email, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) })
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function setupUri(secret: string, email: string): string {
  return totpFor(secret, email).toString()
}

/** A code as people type it: spaces and dashes ignored. Null unless it is six digits. */
export function normalizeCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, "")
  return /^\d{6}$/.test(code) ? code : null
}

/**
 * The time step whose code `code` is (within the drift), or null. The caller accepts it only for a step later than
 * the last one accepted, which is what makes every code single-use.
 */
export function stepOfCode(secret: string, code: string, now = Date.now()): number | null {
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: PERIOD, timestamp: now, window: DRIFT_STEPS })
  return delta === null ? null : TOTP.counter({ period: PERIOD, timestamp: now }) + delta
}
