// The two app instances every server scenario talks to: one build, one database, one (relayed) fake Postmark, one
// AUTH_SECRET (a session cookie works on both, as behind a load balancer). Each sends mail under its own From name.
import crypto from "node:crypto"
import { startAppInstance, type AppInstance } from "./app-instance"
import { mailFromFor } from "./mail-log"

export type Servers = { a: AppInstance; b: AppInstance }

export async function startServers({ databaseUrl, postmarkUrl, ports, encryptionKey }: { databaseUrl: string; postmarkUrl: string; ports: [number, number]; encryptionKey: string }): Promise<Servers> {
  const shared = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    TWO_FACTOR_ENCRYPTION_KEY: encryptionKey,
    // One public address for both; scenarios point mailed links at the instance they want.
    APP_URL: `http://127.0.0.1:${ports[0]}`,
    POSTMARK_SERVER_TOKEN: "reliability-token",
    POSTMARK_API_URL: postmarkUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    // The webhook scenario's receiver listens on 127.0.0.1.
    WEBHOOK_ALLOW_LOOPBACK: "1",
  }
  const [a, b] = await Promise.allSettled([
    startAppInstance("A", ports[0], { ...shared, MAIL_FROM: mailFromFor("A") }),
    startAppInstance("B", ports[1], { ...shared, MAIL_FROM: mailFromFor("B") }),
  ])
  if (a.status === "fulfilled" && b.status === "fulfilled") return { a: a.value, b: b.value }
  // One started and the other did not: stop the one, report the other.
  for (const started of [a, b]) if (started.status === "fulfilled") await started.value.stop()
  throw [a, b].find((started) => started.status === "rejected")!.reason
}
