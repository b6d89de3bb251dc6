// A webhook receiver on 127.0.0.1 for the outage scenario: it can refuse (reset the connection), answer 500, or hang
// (the deliverer gives up after its 10 s), and otherwise answers 204. It verifies every request's signature with
// `standardwebhooks` and keeps, per endpoint path, which webhook-ids it answered and how.
import http from "node:http"
import type { AddressInfo } from "node:net"
import { Webhook } from "standardwebhooks"

export type ReceiverMode = "up" | "reset" | "500" | "hang"
export type Received = { path: string; webhookId: string; answered: 204 | 500 | "reset" | "hang"; verified: boolean; type: string | null; subject: string | null }

export type WebhookReceiver = {
  url(path: string): string
  /** The signing secret of the endpoint at `path`, once known, so its requests can be verified. */
  trust(path: string, secret: string): void
  setMode(mode: ReceiverMode, forRequests?: number): void
  received(): Received[]
  stop(): Promise<void>
}

type Event = { type: string; data: { subject?: { email?: string } } }

/** The event, if `secret` signed it as the Standard Webhooks specification says; null otherwise. */
function verified(secret: string | undefined, body: string, headers: Record<string, string>): Event | null {
  if (!secret) return null
  try {
    return new Webhook(secret).verify(body, headers) as Event
  } catch {
    return null
  }
}

export async function startWebhookReceiver(port: number): Promise<WebhookReceiver> {
  const received: Received[] = []
  const secrets = new Map<string, string>()
  let mode: ReceiverMode = "up"
  let remaining = Infinity // requests left in this mode before it is "up" again
  const hanging = new Set<http.ServerResponse>()

  const server = http.createServer((request, response) => {
    let body = ""
    request.setEncoding("utf8")
    request.on("data", (chunk: string) => (body += chunk))
    request.on("end", () => {
      const current = mode
      if (current !== "up" && --remaining <= 0) mode = "up"
      const path = request.url ?? "/"
      const headers = request.headers as Record<string, string>
      const event = verified(secrets.get(path), body, headers)
      const answered = current === "up" ? 204 : current === "500" ? 500 : current
      received.push({ path, webhookId: headers["webhook-id"] ?? "", answered, verified: event !== null, type: event?.type ?? null, subject: event?.data.subject?.email ?? null })
      if (current === "reset") request.socket.destroy()
      else if (current === "hang") hanging.add(response)
      else response.writeHead(answered as number).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: (path) => `${base}${path}`,
    trust: (path, secret) => void secrets.set(path, secret),
    setMode(next, forRequests = Infinity) {
      mode = next
      remaining = forRequests
    },
    received: () => [...received],
    async stop() {
      for (const response of hanging) response.destroy()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
