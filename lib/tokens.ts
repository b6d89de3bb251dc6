import crypto from "node:crypto"

// Every secret link Hitflow mails (invitations, email confirmations, password resets) carries a token made here.

/** A new single-use token: 32 random bytes, URL-safe. Only its hash is ever stored. */
export function newToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString("base64url")
  return { token, tokenHash: hashToken(token) }
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex")
}

/** Cheap shape check before touching the database: 32 bytes in base64url are 43 characters. */
export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token)
}
