import "server-only"
import type { NextRequest } from "next/server"
import { currentUserId } from "@/lib/auth/auth"

// The one way a route handler is written, like server actions (server-action.ts): the caller rule declared with it,
// enforced before its work, and readable by the authorization matrix.

export type RouteRule = { kind: "public" } | { kind: "signed-in" }
type RouteCaller<Rule extends RouteRule> = Rule extends { kind: "signed-in" } ? { userId: string } : null

export function routeHandler<const Rule extends RouteRule>(
  rule: Rule,
  handle: (request: NextRequest, caller: RouteCaller<Rule>) => Response | Promise<Response>,
): ((request: NextRequest) => Promise<Response>) & { readonly rule: Rule } {
  const handler = async (request: NextRequest) => {
    if (rule.kind === "public") return handle(request, null as RouteCaller<Rule>)
    const userId = await currentUserId()
    if (!userId) return Response.json({ error: "Your session has ended. Sign in again." }, { status: 401, headers: { "cache-control": "no-store" } })
    return handle(request, { userId } as RouteCaller<Rule>)
  }
  return Object.assign(handler, { rule })
}
