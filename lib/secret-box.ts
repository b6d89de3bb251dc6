import "server-only"
import crypto from "node:crypto"
import { keyProblem } from "./secret-box-key"

// Secrets the app must be able to read back (TOTP secrets, webhook signing secrets), at rest: AES-256-GCM under
// TWO_FACTOR_ENCRYPTION_KEY (32 bytes, base64), so a copy of the database alone (a backup, a replica, an injection)
// yields no secret. Each is bound to its owner (a person's or an endpoint's id is the authenticated data), so a
// secret copied onto another row does not open. Stored as "v1.<iv>.<ciphertext>.<tag>".

const VERSION = "v1"
const TAG_BYTES = 16

/** The key, or why there is none: production refuses to start without a valid one (server.ts). */
function key(): Buffer {
  const configured = process.env.TWO_FACTOR_ENCRYPTION_KEY
  const problem = keyProblem(configured)
  if (problem) throw new Error(problem)
  return Buffer.from(configured!, "base64")
}

export function seal(plaintext: string, ownerId: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv, { authTagLength: TAG_BYTES }).setAAD(Buffer.from(ownerId))
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()])
  return [VERSION, ...[iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString("base64url"))].join(".")
}

/** The plaintext of a value sealed for `ownerId`; throws if it was sealed under another key, for another person, or altered. */
export function open(sealed: string, ownerId: string): string {
  const [version, iv, ciphertext, tag] = sealed.split(".")
  if (version !== VERSION || !iv || !ciphertext || !tag) throw new Error("Not a sealed secret")
  const decipher = crypto.createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES }).setAAD(Buffer.from(ownerId))
  decipher.setAuthTag(Buffer.from(tag, "base64url"))
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8")
}
