// The three app instances every server scenario talks to: one build, one database (through the pooler when the run
// has one), one (relayed) fake Postmark, one AUTH_SECRET (a session cookie works on all, as behind a load balancer).
// Each sends mail under its own From name.
import crypto from "node:crypto"
import { startAppInstance, type AppInstance } from "./app-instance"
import { mailFromFor } from "./mail-log"

export type Servers = { a: AppInstance; b: AppInstance; c: AppInstance }

export const INSTANCE_NAMES = ["A", "B", "C"] as const

type ServerSettings = { databaseUrl: string; directDatabaseUrl: string; postmarkUrl: string; ports: [number, number, number]; encryptionKey: string }

export async function startServers({ databaseUrl, directDatabaseUrl, postmarkUrl, ports, encryptionKey }: ServerSettings): Promise<Servers> {
  const shared = {
    DATABASE_URL: databaseUrl,
    DIRECT_DATABASE_URL: directDatabaseUrl,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    TWO_FACTOR_ENCRYPTION_KEY: encryptionKey,
    // One public address for all; scenarios point mailed links at the instance they want.
    APP_URL: `http://127.0.0.1:${ports[0]}`,
    POSTMARK_SERVER_TOKEN: "reliability-token",
    POSTMARK_API_URL: postmarkUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    // The webhook scenario's receiver listens on 127.0.0.1.
    WEBHOOK_ALLOW_LOOPBACK: "1",
  }
  const started = await Promise.allSettled(
    INSTANCE_NAMES.map((name, index) => startAppInstance(name, ports[index]!, { ...shared, MAIL_FROM: mailFromFor(name) })),
  )
  const [a, b, c] = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []))
  if (a && b && c) return { a, b, c }
  // Some started and another did not: stop those, report the other.
  for (const result of started) if (result.status === "fulfilled") await result.value.stop()
  throw started.find((result) => result.status === "rejected")!.reason
}
