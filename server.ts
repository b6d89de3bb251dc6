// The HTTP server in front of Next.js (`npm start`, and `npm run dev` with --dev). It refuses what the app has no
// use for before anything reads it (lib/http/request-guard.ts), then hands the request to Next.js, which renders it
// exactly as `next start` would (the same request handlers). On SIGTERM it drains: it stops taking connections,
// finishes the requests in flight, and lets the deliverers finish or release what they hold, within SHUTDOWN_GRACE_MS.
import http from "node:http"
import { parseArgs } from "node:util"
import { dropInternalHeaders } from "./lib/http/internal-headers"
import { drain } from "./lib/http/lifecycle"
import { refuseRequest, type Refusal } from "./lib/http/request-guard"
import { requestState } from "./lib/http/request-state"
import { keyProblem } from "./lib/secret-box-key"
import { log } from "./lib/observability/log"
import { countRequest, routeGroup } from "./lib/observability/metrics"

const { values: options } = parseArgs({
  options: { dev: { type: "boolean", default: false }, port: { type: "string" }, hostname: { type: "string" } },
})
const dev = options.dev
const port = Number(options.port ?? process.env.PORT ?? 3000)
const hostname = options.hostname ?? process.env.HOSTNAME ?? "0.0.0.0"
const SHUTDOWN_GRACE_MS = 10_000
let stopping = false

// Without these the server could only answer errors: it refuses to start, and says why (a supervisor retries).
const missing = dev ? [] : ["DATABASE_URL", "AUTH_SECRET", "TWO_FACTOR_ENCRYPTION_KEY"].filter((name) => !process.env[name])
if (missing.length > 0) {
  log.fatal(`Hitflow cannot start: ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not set (see .env.example).`)
  process.exit(1)
}
// Webhooks to loopback addresses are a test setting: never in a deployment served over HTTPS.
if (process.env.WEBHOOK_ALLOW_LOOPBACK === "1" && process.env.APP_URL?.startsWith("https:")) {
  log.fatal("Hitflow cannot start: WEBHOOK_ALLOW_LOOPBACK=1 is for tests only, and APP_URL is a deployment's (https).")
  process.exit(1)
}
const badKey = process.env.TWO_FACTOR_ENCRYPTION_KEY ? keyProblem(process.env.TWO_FACTOR_ENCRYPTION_KEY) : null
if (badKey) {
  log.fatal(`Hitflow cannot start: ${badKey}.`)
  process.exit(1)
}

// Next.js reads NODE_ENV as it loads.
;(process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production"
process.title = "hitflow-server"
const { default: next } = await import("next")

const app = next({ dev, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer((request, response) => {
  // Draining: a kept-alive connection carries this answer and closes, so clients reconnect to another instance.
  if (stopping) response.setHeader("connection", "close")
  const refusal = refuseRequest(request)
  const group = refusal ? "refused" : routeGroup(request.method ?? "", request.url?.split(/[?#]/, 1)[0] ?? "")
  response.on("finish", () => countRequest(group, response.statusCode))
  if (refusal) return refuse(response, refusal)
  dropInternalHeaders(request.headers)
  if (request.method !== "POST" || request.url?.startsWith("/api/")) return void handle(request, response)
  // A page takes a POST only as a server action. Next.js answers 500 when it cannot even decode the action's
  // arguments (malformed React encoding); that is the client's request, not the server failing: 400. Once the
  // action itself runs (lib/actions/server-action.ts marks it), a 5xx stays one.
  const state = { actionRan: false }
  const writeHead = response.writeHead.bind(response) as (status: number, ...rest: unknown[]) => http.ServerResponse
  response.writeHead = ((status: number, ...rest: unknown[]) =>
    writeHead(status >= 500 && !state.actionRan ? 400 : status, ...rest)) as typeof response.writeHead
  requestState.run(state, () => void handle(request, response))
})
// A body must arrive in time: a client trickling one in cannot hold a connection for minutes.
server.headersTimeout = 15_000
server.requestTimeout = 30_000
server.on("error", (error) => {
  log.fatal({ err: error }, `Hitflow could not listen on ${hostname}:${port}`)
  process.exit(1)
})
server.listen(port, hostname, () => log.info({ address: `${hostname}:${port}`, dev }, `Hitflow ${dev ? "(development) " : ""}listening on ${hostname}:${port}`))

function refuse(response: http.ServerResponse, { status, message, headers }: Refusal) {
  // The body is never read: the connection is closed after the answer, so a client cannot go on sending it.
  response.writeHead(status, {
    ...headers,
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    connection: "close",
  })
  response.end(`${message}\n`)
}

function stop(signal: NodeJS.Signals) {
  if (stopping) return
  stopping = true
  log.info({ signal }, `${signal}: finishing the requests in flight and the deliveries under way, then stopping`)
  setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref()
  const requestsFinished = new Promise((resolve) => server.close(resolve))
  server.closeIdleConnections()
  void Promise.all([requestsFinished, drain()])
    .then(() => app.close())
    .finally(() => process.exit(0))
}
process.on("SIGTERM", stop)
process.on("SIGINT", stop)
