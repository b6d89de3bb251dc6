import { NextResponse, type NextRequest } from "next/server"
import { decide, findAccess, forbiddenMessage } from "@/lib/access"
import { auth } from "@/lib/auth"
import { refusalResponse } from "@/lib/refusal-page"

// Every request under /accounts/{accountId}/ is decided here from the current membership and the role table.
export async function proxy(request: NextRequest) {
  const session = await auth()
  const userId = session?.user?.id
  const { pathname, search } = request.nextUrl
  if (!userId) {
    const signIn = new URL("/sign-in", request.url)
    signIn.searchParams.set("next", `${pathname}${search}`)
    return NextResponse.redirect(signIn)
  }

  const [, , accountId = "", ...rest] = pathname.split("/")
  const decision = decide(await findAccess(userId, accountId), rest.join("/"))
  switch (decision.kind) {
    case "allow":
      return NextResponse.next()
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
