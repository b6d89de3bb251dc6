import { routeHandler } from "@/lib/actions/route-handler"
import { openApiDocument } from "@/lib/api/openapi"

export const GET = routeHandler({ kind: "public" }, () => Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } }))
