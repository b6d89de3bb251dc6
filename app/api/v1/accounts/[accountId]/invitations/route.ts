import { inviteEndpoint, listInvitationsEndpoint } from "@/lib/api/invitations"
import { apiRoute } from "@/lib/api/route"
import { inviteRequest } from "@/lib/api/schemas"

export const GET = apiRoute("settings/users", null, listInvitationsEndpoint)
export const POST = apiRoute("settings/users", inviteRequest, inviteEndpoint)
