// No secret reaches a log line: real code paths log while handling invitation, reset and confirmation links, API
// keys, webhook secrets, session tokens and Authorization headers, and every line is read back.
import crypto from "node:crypto"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { newApiKey } from "@/lib/api/keys"
import { db } from "@/lib/db"
import { startDeliverer } from "@/lib/outbox/worker"
import { newToken } from "@/lib/tokens"
import { newSigningSecret } from "@/lib/webhooks/sign"
import { log } from "./log"

const invitationToken = newToken().token
const resetToken = newToken().token
const confirmToken = newToken().token
const apiKey = newApiKey().key
const webhookSecret = newSigningSecret()
const part = (bytes: number) => crypto.randomBytes(bytes).toString("base64url")
// Auth.js's session cookie holds a JWE: five base64url parts.
const sessionToken = `eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..${part(16)}.${part(96)}.${part(32)}`
const metricsToken = part(32)

const invitationLink = `https://app.hitflow.example/invitations/${invitationToken}`
const resetLink = `https://app.hitflow.example/reset-password/${resetToken}`
const SECRETS = [invitationToken, resetToken, confirmToken, apiKey, webhookSecret, webhookSecret.slice("whsec_".length), sessionToken, ...sessionToken.split(".").filter((piece) => piece.length >= 16), metricsToken, "app.hitflow.example"]

let written: string[] = []
beforeAll(() => {
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(chunk.toString())
    return true
  })
})
afterAll(() => {
  vi.restoreAllMocks()
})

type Line = { level: string; time: string; msg: string; [field: string]: unknown }

/** Every line written since the last call, each required to be one JSON object with level, time and msg. */
function linesWritten(): Line[] {
  const text = written.join("")
  written = []
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const parsed = JSON.parse(line) as Line
      expect(parsed).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) })
      expect(Number.isNaN(Date.parse(parsed.time))).toBe(false)
      return parsed
    })
}

function expectNoSecret(lines: Line[]) {
  const text = JSON.stringify(lines)
  for (const secret of SECRETS) expect(text, secret).not.toContain(secret)
}

describe("logs", () => {
  it("a deliverer's failed pass is logged without the links, keys and secrets its database error quotes", async () => {
    // PostgreSQL quotes the value it could not read in its message, as it would a link or a key a statement carried.
    const quoted = `${invitationLink} ${resetLink} /confirm-email/${confirmToken} ${apiKey} ${webhookSecret} Bearer ${metricsToken} authjs.session-token=${sessionToken}`
    const name = "log-test"
    let failed!: () => void
    const passFailed = new Promise<void>((resolve) => (failed = resolve))
    startDeliverer(
      name,
      async () => {
        try {
          return (await db.$queryRaw<{ id: string }[]>`SELECT ${quoted}::uuid AS "id"`).length
        } finally {
          failed()
        }
      },
      10,
    )
    await passFailed
    await vi.waitFor(() => expect(written.join("")).toContain(`"deliverer":"${name}"`))
    const lines = linesWritten()
    const failure = lines.find((line) => line.deliverer === name)!
    expect(failure).toMatchObject({ level: "error", msg: `${name} delivery pass failed, retrying every second`, err: { message: expect.stringContaining("invalid input syntax for type uuid") } })
    expect(failure.err).toMatchObject({ message: expect.stringContaining(`"[link] [link] /confirm-email/[token] hf_[redacted] whsec_[redacted] Bearer [redacted] authjs.session-token=[redacted]"`) })
    expectNoSecret(lines)
  })

  it("fields that hold secrets by name are redacted, and messages and errors are scrubbed, at every level", () => {
    const request = { method: "POST", path: "/api/v1/accounts", headers: { authorization: `Bearer ${apiKey}`, cookie: `authjs.session-token=${sessionToken}` } }
    log.warn({ request: { headers: request.headers }, headers: request.headers, token: invitationToken, url: resetLink, endpoint: { secret: webhookSecret, url: "https://hooks.example/in" } }, "webhook endpoint refused")
    log.error(new Error(`could not send ${invitationLink}`, { cause: new Error(`key ${apiKey} and ${webhookSecret}`) }))
    log.info(`mailed /reset-password/${resetToken} and /confirm-email/${confirmToken}`)
    log.fatal({ err: Object.assign(new Error("Unauthorized"), { config: { headers: { Authorization: `Bearer ${metricsToken}` } } }) }, "metrics token %s refused", metricsToken)
    const lines = linesWritten()
    expect(lines.map((line) => line.level)).toEqual(["warn", "error", "info", "fatal"])
    expect(lines[0]).toMatchObject({ headers: { authorization: "[redacted]", cookie: "[redacted]" }, token: "[redacted]", url: "[redacted]", endpoint: { secret: "[redacted]", url: "[redacted]" } })
    expect(lines[1]).toMatchObject({ msg: "could not send [link]", err: { stack: expect.stringContaining("caused by: Error: key hf_[redacted] and whsec_[redacted]") } })
    expect(lines[2]!.msg).toBe("mailed /reset-password/[token] and /confirm-email/[token]")
    expectNoSecret(lines)
  })
})
