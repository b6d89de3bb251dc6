import "server-only"
import crypto from "node:crypto"

// TOTP secrets at rest: AES-256-GCM under TWO_FACTOR_ENCRYPTION_KEY (32 bytes, base64), so a copy of the database
// alone (a backup, a replica, an injection) yields no secret. Stored as "v1.<iv>.<ciphertext>.<tag>", base64url.

const VERSION = "v1"

/** The key, or why there is none: production refuses to start without it (server.ts). */
function key(): Buffer {
  const configured = process.env.TWO_FACTOR_ENCRYPTION_KEY
  if (!configured) throw new Error("TWO_FACTOR_ENCRYPTION_KEY is not set (see .env.example)")
  const bytes = Buffer.from(configured, "base64")
  if (bytes.length !== 32) throw new Error("TWO_FACTOR_ENCRYPTION_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)")
  return bytes
}

export function seal(plaintext: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv)
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()])
  return [VERSION, iv, ciphertext, cipher.getAuthTag()].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".")
}

/** The plaintext of a sealed value; throws if it was sealed under another key or altered. */
export function open(sealed: string): string {
  const [version, iv, ciphertext, tag] = sealed.split(".")
  if (version !== VERSION || !iv || !ciphertext || !tag) throw new Error("Not a sealed two-factor secret")
  const decipher = crypto.createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"))
  decipher.setAuthTag(Buffer.from(tag, "base64url"))
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8")
}
