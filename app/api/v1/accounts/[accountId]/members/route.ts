import { listMembersEndpoint } from "@/lib/api/members"
import { apiRoute } from "@/lib/api/route"

export const GET = apiRoute("settings/users", null, listMembersEndpoint)
