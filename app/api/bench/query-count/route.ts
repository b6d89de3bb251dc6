import { queriesSent } from "@/lib/db"

// Read by the benchmark (scripts/bench) around requests; answers 404 unless the server counts queries.
export const dynamic = "force-dynamic"

export function GET() {
  if (process.env.HITFLOW_COUNT_QUERIES !== "1") return new Response("Not found", { status: 404 })
  return Response.json(queriesSent())
}
