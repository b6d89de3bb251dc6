import { routeHandler } from "@/lib/actions/route-handler"
import { dataDownload } from "@/lib/leaving/download"

export const GET = routeHandler({ kind: "signed-in" }, (request, { userId }) => dataDownload(request, userId))
