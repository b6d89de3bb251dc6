import client from "prom-client"

// Hitflow's Prometheus metrics. The registry lives on globalThis: server.ts's bundle counts requests, Next's bundles
// count the rest and answer the scrape, and each may have loaded its own copy of prom-client.

export type RouteGroup = "page" | "server_action" | "api" | "api_v1" | "api_health" | "api_ready" | "api_metrics" | "next_static" | "refused"
/** What an access check answered: lib/access/check.ts's decision kinds, "signed-out", or "denied" (an API key refused). */
export type AccessOutcome = "allow" | "signed-out" | "not-found" | "deactivated" | "two-factor-required" | "forbidden" | "denied"
export type MailOutcome = "sent" | "retried" | "failed"

function createMetrics() {
  const registry = new client.Registry()
  client.collectDefaultMetrics({ register: registry, prefix: "hitflow_" })
  const registers = [registry]
  return {
    registry,
    requests: new client.Counter({
      name: "hitflow_http_requests_total",
      help: "HTTP requests answered, by route group and status.",
      labelNames: ["route_group", "status"] as const,
      registers,
    }),
    accessDecisions: new client.Counter({
      name: "hitflow_access_decisions_total",
      help: "Access decisions on account pages, server actions and API requests, by outcome.",
      labelNames: ["via", "outcome"] as const,
      registers,
    }),
    mailAttempts: new client.Counter({
      name: "hitflow_mail_attempts_total",
      help: "Mail delivery attempts, by the provider's answer and what became of the mail (sent, retried, failed).",
      labelNames: ["answer", "outcome"] as const,
      registers,
    }),
    outboxPending: new client.Gauge({
      name: "hitflow_outbox_pending",
      help: "PENDING rows in each outbox (mail, webhook), counted at scrape up to a cap.",
      labelNames: ["outbox"] as const,
      registers,
    }),
    oldestDueMailAge: new client.Gauge({
      name: "hitflow_mail_oldest_due_age_seconds",
      help: "Age in seconds (since it was queued) of the oldest PENDING mail that is due; 0 when none is due. Read at scrape.",
      registers,
    }),
  }
}

type Metrics = ReturnType<typeof createMetrics>
const KEY = Symbol.for("hitflow.metrics")
const shared = globalThis as typeof globalThis & { [KEY]?: Metrics }

export function metrics(): Metrics {
  return (shared[KEY] ??= createMetrics())
}

/** The group a request is counted in: few enough values for a label, never the path itself. */
export function routeGroup(method: string, path: string): Exclude<RouteGroup, "refused"> {
  if (path.startsWith("/_next/")) return "next_static"
  if (path === "/api/health") return "api_health"
  if (path === "/api/ready") return "api_ready"
  if (path === "/api/metrics") return "api_metrics"
  if (path.startsWith("/api/v1/")) return "api_v1"
  if (path.startsWith("/api/")) return "api"
  // Outside the API a page takes only GETs; anything else is a server action (or a form posted to a route like /sign-out).
  return method === "GET" || method === "HEAD" ? "page" : "server_action"
}

export function countRequest(group: RouteGroup, status: number): void {
  metrics().requests.inc({ route_group: group, status: String(status) })
}

export function countAccessDecision(via: "page" | "server_action" | "api", outcome: AccessOutcome): void {
  metrics().accessDecisions.inc({ via, outcome: outcome === "allow" ? "allowed" : outcome.replaceAll("-", "_") })
}

/** One try at delivering a mail: `answer` is the provider's short answer (an error code, "ok", "timeout"), never free text. */
export function countMailAttempt(answer: string, outcome: MailOutcome): void {
  metrics().mailAttempts.inc({ answer, outcome })
}
