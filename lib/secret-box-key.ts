// The encryption key's one rule, read by the app (lib/secret-box.ts) and by server.ts before it serves.

/** What is wrong with a configured TWO_FACTOR_ENCRYPTION_KEY, or null. */
export function keyProblem(configured: string | undefined): string | null {
  if (!configured) return "TWO_FACTOR_ENCRYPTION_KEY is not set (see .env.example)"
  if (Buffer.from(configured, "base64").length !== 32) return "TWO_FACTOR_ENCRYPTION_KEY must be 32 bytes in base64 (openssl rand -base64 32)"
  return null
}
