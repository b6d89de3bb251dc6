import { NextResponse, type NextRequest } from "next/server"
import { decide, findAccessForSession, forbiddenMessage } from "@/lib/access/check"
import { ACCESS_HEADER, encodeAccess } from "@/lib/access/forwarded"
import { viewerFromCookieHeader } from "@/lib/auth/session-cookie"
import { refusalResponse } from "@/lib/access/refusal-page"

// Every request under /accounts/{accountId}/ is decided here from the live session, the current membership and
// the role table, in one database round trip.
export async function proxy(request: NextRequest) {
  const viewer = await viewerFromCookieHeader(request.headers.get("cookie"))
  const [, , accountId = "", ...rest] = request.nextUrl.pathname.split("/")
  const access = viewer ? await findAccessForSession(viewer, accountId) : "signed-out"
  if (access === "signed-out") {
    const signIn = new URL("/sign-in", request.url)
    signIn.searchParams.set("next", `${request.nextUrl.pathname}${request.nextUrl.search}`)
    return NextResponse.redirect(signIn)
  }

  const decision = decide(access, rest.join("/"))
  switch (decision.kind) {
    case "allow": {
      const headers = new Headers(request.headers)
      headers.set(ACCESS_HEADER, encodeAccess({ userId: viewer!.userId, access: decision.access }))
      return NextResponse.next({ request: { headers } })
    }
    case "not-found":
      return refusalResponse(404, "Page not found", "This page does not exist, or you do not have access to it.")
    case "deactivated":
      return refusalResponse(
        403,
        "Your access is deactivated",
        `Your access to ${decision.access.accountName} has been deactivated by its owner or an Admin. Ask them to enable it again.`,
      )
    case "forbidden":
      return refusalResponse(403, `You cannot open ${decision.module.label}`, forbiddenMessage(decision.module))
  }
}

export const config = { matcher: ["/accounts/:path*"] }
