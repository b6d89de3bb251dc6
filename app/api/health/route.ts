// Liveness for load balancers and the benchmark's ceiling: answers from the process alone, no auth, no database.
export const dynamic = "force-dynamic"

export function GET() {
  return Response.json({ ok: true })
}
