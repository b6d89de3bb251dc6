import { routeHandler } from "@/lib/actions/route-handler"
import { dataDownload } from "@/lib/leaving/download"

export const GET = routeHandler({ kind: "signed-in" }, (_request, { userId }) => dataDownload(userId))
