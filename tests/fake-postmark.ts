// A stand-in for Postmark's API for tests: accepts POST /email like Postmark, records what it accepted, and can
// be told to fail the next sends. Control endpoints: GET /__messages, POST /__fail {count, mode}, POST /__reset.
import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

export type FakeMessage = { To: string; From: string; Subject: string; HtmlBody: string; TextBody: string }
export type FailureMode = "500" | "timeout"

export type FakePostmark = {
  url: string
  port: number
  messages(): FakeMessage[]
  failNext(count: number, mode: FailureMode): void
  reset(): void
  stop(): Promise<void>
}

export async function startFakePostmark(port: number): Promise<FakePostmark> {
  let messages: FakeMessage[] = []
  let failures: { count: number; mode: FailureMode } = { count: 0, mode: "500" }

  const reset = () => {
    messages = []
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
        return acceptEmail(request, response, body)
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

  function acceptEmail(request: http.IncomingMessage, response: http.ServerResponse, body: string) {
    if (!request.headers["x-postmark-server-token"]) {
      return json(response, 401, { ErrorCode: 10, Message: "No Account or Server API tokens were supplied in the HTTP headers." })
    }
    if (failures.count > 0) {
      failures.count--
      // A hanging provider: the request is never answered, the client has to give up on its own.
      if (failures.mode === "timeout") return
      return json(response, 500, { ErrorCode: 0, Message: "Fake Postmark: internal server error" })
    }
    const email = JSON.parse(body) as Partial<FakeMessage>
    const message: FakeMessage = {
      To: email.To ?? "",
      From: email.From ?? "",
      Subject: email.Subject ?? "",
      HtmlBody: email.HtmlBody ?? "",
      TextBody: email.TextBody ?? "",
    }
    messages.push(message)
    json(response, 200, { To: message.To, SubmittedAt: new Date().toISOString(), MessageID: crypto.randomUUID(), ErrorCode: 0, Message: "OK" })
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
