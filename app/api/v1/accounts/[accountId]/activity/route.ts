import { listActivityEndpoint } from "@/lib/api/activity"
import { apiRoute } from "@/lib/api/route"

export const GET = apiRoute("settings/users", null, listActivityEndpoint)
