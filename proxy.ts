import { NextResponse, type NextRequest } from "next/server"
import { decide, findAccessForSession } from "@/lib/access/check"
import { ACCESS_HEADER, encodeAccess, type Verdict } from "@/lib/access/forwarded"
import { viewerFromCookieHeader } from "@/lib/auth/session-cookie"
import { countAccessDecision } from "@/lib/observability/metrics"

// Every request under /accounts/{accountId}/ is decided here from the live session, the current membership and
// the role table, in one database round trip. A signed-out visitor is sent to sign in; everyone else is let through
// with the decision, which the page renders (its own frame and status: 404 for a stranger, 403 for a refusal).
export async function proxy(request: NextRequest) {
  const viewer = await viewerFromCookieHeader(request.headers.get("cookie"))
  const [, , accountId = "", ...rest] = request.nextUrl.pathname.split("/")
  const found = viewer ? await findAccessForSession(viewer, accountId) : "signed-out"
  if (found === "signed-out") {
    countAccessDecision("page", "signed-out")
    const signIn = new URL("/sign-in", request.url)
    signIn.searchParams.set("next", `${request.nextUrl.pathname}${request.nextUrl.search}`)
    return NextResponse.redirect(signIn)
  }
  const decision = decide(found.access, rest.join("/"))
  countAccessDecision("page", decision.kind)
  const verdict: Verdict = decision.kind === "forbidden" ? { kind: "forbidden", module: decision.module.path } : { kind: decision.kind }
  const headers = new Headers(request.headers)
  headers.set(ACCESS_HEADER, encodeAccess({ accountId, userId: viewer!.userId, person: found.person, access: found.access, verdict }))
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ["/accounts/:path*"] }
