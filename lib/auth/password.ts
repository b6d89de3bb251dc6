import "server-only"
import { hash, verify } from "@node-rs/argon2"

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes).
const ARGON2ID = 2 // Algorithm.Argon2id, a const enum that isolated modules cannot read
const options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, options)
}

// Verifying against a throwaway hash when the user does not exist keeps sign-in's timing the same either way.
const absentUserHash = hash("absent-user-placeholder", options)

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const ok = await verify(passwordHash ?? (await absentUserHash), password)
  return passwordHash !== null && ok
}
