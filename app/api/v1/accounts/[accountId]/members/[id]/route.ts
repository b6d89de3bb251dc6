import { removeMemberEndpoint, updateMemberEndpoint } from "@/lib/api/members"
import { apiRoute } from "@/lib/api/route"
import { memberPatch } from "@/lib/api/schemas"

export const PATCH = apiRoute("settings/users", memberPatch, updateMemberEndpoint)
export const DELETE = apiRoute("settings/users", null, removeMemberEndpoint)
