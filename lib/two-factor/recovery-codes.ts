import "server-only"
import crypto from "node:crypto"

// Recovery codes: ten single-use codes shown once, for a lost phone. Each is 10 characters of base32 (50 bits), shown
// as "xxxxx-xxxxx"; only a SHA-256 of the normalized code is stored (random codes need no slow hash).

export const RECOVERY_CODE_COUNT = 10
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const characters = [...crypto.randomBytes(10)].map((byte) => ALPHABET[byte & 31]).join("")
    return `${characters.slice(0, 5)}-${characters.slice(5)}`
  })
}

/** The stored form of a code as typed (any case, with or without the dash or spaces), or null if it cannot be one. */
export function recoveryCodeHash(typed: string): string | null {
  const code = typed.toLowerCase().replace(/[\s-]/g, "")
  if (!/^[a-z2-7]{10}$/.test(code)) return null
  return crypto.createHash("sha256").update(code).digest("hex")
}
