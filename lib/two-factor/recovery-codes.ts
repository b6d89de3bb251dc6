import "server-only"
import crypto from "node:crypto"

// Recovery codes: ten single-use codes shown once, for a lost phone. Each is 16 characters of base32 (80 bits),
// shown as "xxxx-xxxx-xxxx-xxxx". Only a SHA-256 of the person's id and the code is stored: too many bits to search
// from a copy of the database, and a search could not cover everyone's codes at once.

export const RECOVERY_CODE_COUNT = 10
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"
const LENGTH = 16

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const characters = [...crypto.randomBytes(LENGTH)].map((byte) => ALPHABET[byte & 31]).join("")
    return characters.match(/.{4}/g)!.join("-")
  })
}

/** The stored form of a code as typed (any case, with or without dashes or spaces), or null if it cannot be one. */
export function recoveryCodeHash(userId: string, typed: string): string | null {
  const code = typed.toLowerCase().replace(/[\s-]/g, "")
  if (code.length !== LENGTH || !/^[a-z2-7]+$/.test(code)) return null
  return crypto.createHash("sha256").update(`${userId}:${code}`).digest("hex")
}
