import { resendEndpoint } from "@/lib/api/invitations"
import { apiRoute } from "@/lib/api/route"

export const POST = apiRoute("settings/users", null, resendEndpoint)
