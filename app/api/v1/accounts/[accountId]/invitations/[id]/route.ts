import { cancelEndpoint } from "@/lib/api/invitations"
import { apiRoute } from "@/lib/api/route"

export const DELETE = apiRoute("settings/users", null, cancelEndpoint)
