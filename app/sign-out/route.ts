import { routeHandler } from "@/lib/actions/route-handler"
import { signOutRequest } from "@/lib/auth/sign-out"

export const POST = routeHandler({ kind: "public" }, signOutRequest)
