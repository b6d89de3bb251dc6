import { routeHandler } from "@/lib/actions/route-handler"
import { readiness } from "@/lib/observability/readiness"

// Readiness for load balancers: 503 with the reason while draining, without the database or before migrations.
// /api/health is the cheap liveness check.
export const dynamic = "force-dynamic"

export const GET = routeHandler({ kind: "public" }, async () => {
  const ready = await readiness()
  return Response.json(ready, { status: ready.ok ? 200 : 503, headers: { "cache-control": "no-store" } })
})
