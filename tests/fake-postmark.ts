// A stand-in for Postmark's API for tests: accepts POST /email and POST /email/batch (at most 500 messages) like
// Postmark, with the same token check, records each message it accepted and when, and can be told to fail the next
// calls (a batch call fails as a whole). Like Postmark, it refuses mail to an inactive recipient, here any address
// whose local part starts with "inactive": ErrorCode 406 in that message's entry of a batch answer (the others in the
// batch are still accepted), or a 422 answer from POST /email.
// Control endpoints: GET /__messages, POST /__fail {count, mode}, POST /__reset.
import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

export type FakeMessage = { To: string; From: string; Subject: string; HtmlBody: string; TextBody: string; /** Date.now() when accepted */ acceptedAt: number }
export type FailureMode = "500" | "timeout"
/** One call to a sending endpoint, answered or not. */
export type FakeCall = { path: "/email" | "/email/batch"; messages: number }

export type FakePostmark = {
  url: string
  port: number
  messages(): FakeMessage[]
  calls(): FakeCall[]
  /** Messages in the calls failed on purpose (failNext): each is one failed attempt for the sender. */
  refusedMessages(): number
  /** The next `count` calls fail as a whole. */
  failNext(count: number, mode: FailureMode): void
  reset(): void
  stop(): Promise<void>
}

const BATCH_LIMIT = 500
const INACTIVE_RECIPIENT = { ErrorCode: 406, Message: "You tried to send to recipient(s) that have been marked as inactive." }

type Entry = { To: string; ErrorCode: number; Message: string; SubmittedAt?: string; MessageID?: string }

export async function startFakePostmark(port: number): Promise<FakePostmark> {
  let messages: FakeMessage[] = []
  let calls: FakeCall[] = []
  let refused = 0
  let failures: { count: number; mode: FailureMode } = { count: 0, mode: "500" }

  const reset = () => {
    messages = []
    calls = []
    refused = 0
    failures = { count: 0, mode: "500" }
  }
  const failNext = (count: number, mode: FailureMode) => {
    failures = { count, mode }
  }

  const server = http.createServer(async (request, response) => {
    const route = `${request.method} ${request.url?.split("?")[0]}`
    const body = await readBody(request)
    switch (route) {
      case "POST /email":
        return acceptCall(request, response, "/email", [JSON.parse(body) as Partial<FakeMessage>])
      case "POST /email/batch":
        return acceptCall(request, response, "/email/batch", JSON.parse(body) as Partial<FakeMessage>[])
      case "GET /__messages":
        return json(response, 200, messages)
      case "POST /__fail": {
        const { count, mode } = JSON.parse(body || "{}") as { count?: number; mode?: FailureMode }
        failNext(count ?? 1, mode === "timeout" ? "timeout" : "500")
        return json(response, 200, failures)
      }
      case "POST /__reset":
        reset()
        return json(response, 200, { ok: true })
      default:
        return json(response, 404, { ErrorCode: 404, Message: `No route ${route}` })
    }
  })

  function acceptCall(request: http.IncomingMessage, response: http.ServerResponse, path: FakeCall["path"], emails: Partial<FakeMessage>[]) {
    if (!request.headers["x-postmark-server-token"]) {
      return json(response, 401, { ErrorCode: 10, Message: "No Account or Server API tokens were supplied in the HTTP headers." })
    }
    calls.push({ path, messages: emails.length })
    if (failures.count > 0) {
      failures.count--
      refused += emails.length
      // A hanging provider: the request is never answered, the client has to give up on its own.
      if (failures.mode === "timeout") return
      return json(response, 500, { ErrorCode: 0, Message: "Fake Postmark: internal server error" })
    }
    if (emails.length > BATCH_LIMIT) return json(response, 422, { ErrorCode: 410, Message: `Too many batch messages (${emails.length}).` })
    const entries = emails.map(acceptMessage)
    if (path === "/email/batch") return json(response, 200, entries)
    json(response, entries[0]!.ErrorCode === 0 ? 200 : 422, entries[0])
  }

  function acceptMessage(email: Partial<FakeMessage>): Entry {
    const to = email.To ?? ""
    if (to.startsWith("inactive")) return { To: to, ...INACTIVE_RECIPIENT }
    messages.push({ To: to, From: email.From ?? "", Subject: email.Subject ?? "", HtmlBody: email.HtmlBody ?? "", TextBody: email.TextBody ?? "", acceptedAt: Date.now() })
    return { To: to, SubmittedAt: new Date().toISOString(), MessageID: crypto.randomUUID(), ErrorCode: 0, Message: "OK" }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", resolve)
  })
  const actualPort = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    messages: () => [...messages],
    calls: () => [...calls],
    refusedMessages: () => refused,
    failNext,
    reset,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections() // including requests left hanging on purpose
      }),
  }
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    request.on("error", reject)
  })
}

function json(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "Content-Type": "application/json" })
  response.end(JSON.stringify(body))
}
