import { routeHandler } from "@/lib/actions/route-handler"
import { METRICS_CONTENT_TYPE, scrapeAccess, scrapeMetrics } from "@/lib/observability/scrape"

// Prometheus's scrape: public as a route, guarded by METRICS_TOKEN (lib/observability/scrape.ts), never cached.
export const dynamic = "force-dynamic"

const NO_STORE = { "cache-control": "no-store" }

export const GET = routeHandler({ kind: "public" }, async (request) => {
  const access = scrapeAccess(request.headers.get("authorization"))
  if (access === "hidden") return new Response("This page could not be found.\n", { status: 404, headers: NO_STORE })
  if (access === "refused") return new Response("Send the metrics token as a bearer token.\n", { status: 401, headers: { ...NO_STORE, "www-authenticate": "Bearer" } })
  return new Response(await scrapeMetrics(), { headers: { ...NO_STORE, "content-type": METRICS_CONTENT_TYPE } })
})
