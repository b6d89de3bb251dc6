import http from "node:http"
import type { AddressInfo } from "node:net"

type Received = { headers: Record<string, string>; body: string }

/** A webhook receiver on 127.0.0.1 that answers 204 and keeps what it got. */
export async function startReceiver() {
  const received: Received[] = []
  const server = http.createServer((request, response) => {
    let body = ""
    request.setEncoding("utf8")
    request.on("data", (chunk: string) => (body += chunk))
    request.on("end", () => {
      received.push({ headers: request.headers as Record<string, string>, body })
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/hitflow`
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) }
}
