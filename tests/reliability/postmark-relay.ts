// Sits between the app and the fake Postmark, passing every request on at once and holding the answer back for a
// chosen delay: a slow provider, so a mail can be accepted by Postmark but not yet recorded as sent by the app at
// the moment something else fails. A batch answer holds back every mail it accepted.
import http from "node:http"
import type { AddressInfo } from "node:net"

export type PostmarkRelay = {
  url: string
  /** Mails the fake Postmark accepted whose answers are not yet given back to the app. */
  held(): number
  holdAnswers(ms: number): void
  stop(): Promise<void>
}

export async function startPostmarkRelay(port: number, upstream: string): Promise<PostmarkRelay> {
  let delayMs = 0
  let held = 0
  const server = http.createServer(async (request, response) => {
    const gaveUp = new AbortController()
    response.on("close", () => gaveUp.abort()) // the app timed out: stop waiting for a fake told to hang
    try {
      const chunks: Buffer[] = []
      for await (const chunk of request) chunks.push(chunk as Buffer)
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[0] !== "host"),
      )
      const body = request.method === "GET" || request.method === "HEAD" ? undefined : Buffer.concat(chunks)
      const answer = await fetch(`${upstream}${request.url}`, { method: request.method, headers, body, signal: gaveUp.signal })
      const text = await answer.text()
      const accepted = acceptedIn(answer.status, text)
      held += accepted
      await new Promise((resolve) => setTimeout(resolve, delayMs)).finally(() => (held -= accepted))
      response.writeHead(answer.status, { "Content-Type": answer.headers.get("content-type") ?? "application/json" })
      response.end(text)
    } catch {
      if (!response.headersSent && !response.destroyed) response.writeHead(502).end()
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", resolve)
  })
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    held: () => held,
    holdAnswers: (ms) => void (delayMs = ms),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** Mails an answer of POST /email (one object) or POST /email/batch (one entry per mail) says were accepted. */
function acceptedIn(status: number, text: string): number {
  if (status !== 200) return 0
  const body = JSON.parse(text) as { ErrorCode: number } | { ErrorCode: number }[]
  return (Array.isArray(body) ? body : [body]).filter((entry) => entry.ErrorCode === 0).length
}
