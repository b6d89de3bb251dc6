import { routeHandler } from "@/lib/actions/route-handler"
import { followConfirmationLink } from "@/lib/identity/confirm-link"

export const GET = routeHandler({ kind: "public" }, followConfirmationLink)
