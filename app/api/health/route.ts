import { routeHandler } from "@/lib/actions/route-handler"

// Liveness for load balancers and the benchmark's ceiling: answers from the process alone, no auth, no database.
export const dynamic = "force-dynamic"

export const GET = routeHandler({ kind: "public" }, () => Response.json({ ok: true }))
