import "server-only"
import { z } from "zod"
import { createDocument } from "zod-openapi"
import { KEY_PREFIX } from "./keys"
import { REQUESTS_PER_MINUTE } from "./usage"
import { activityList, errorBody, invitationList, inviteRequest, inviteResult, member, memberList, memberPatch, resendResult } from "./schemas"

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the endpoints parse and answer with.

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } })
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      json(errorBody, {
        400: "The request is not valid (the field is named).",
        401: "No API key, or one that is not valid, revoked or expired.",
        403: "The key's roles, or its creator's current access, do not open Users.",
        404: "No such account for this key, or no such member or invitation in it.",
        409: "The state does not allow it (already a member, still running…).",
        422: "This Idempotency-Key was used with another request.",
        429: "Too many requests (RateLimit-* and Retry-After say when to retry), or a daily invitation limit.",
      }[status]!),
    ]),
  )
const accountPath = { path: z.object({ accountId: z.uuid().meta({ description: "The account's id (as in its Hitflow URLs)." }) }) }
const itemPath = { path: z.object({ accountId: z.uuid(), id: z.uuid() }) }
const page = { query: z.object({ limit: z.number().int().min(1).max(100).optional().meta({ description: "1 to 100, 25 by default." }), cursor: z.string().optional() }) }
const idempotencyKey = { header: z.object({ "idempotency-key": z.string().max(255).optional().meta({ description: "Retries with the same key and body within 24 h get the first answer, with no second effect." }) }) }

let document: ReturnType<typeof createDocument> | undefined

export function openApiDocument() {
  return (document ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "Hitflow API",
      version: "1.0.0",
      description: `Manage who has access to a Hitflow account: members, invitations, activity. Send an account's API key as \`Authorization: Bearer ${KEY_PREFIX}…\` (Settings → APIs). A key acts with its roles, never beyond what the person who made it holds at that moment. ${REQUESTS_PER_MINUTE} requests a minute per key.`,
    },
    servers: [{ url: "/api/v1" }],
    security: [{ apiKey: [] }],
    components: { securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: `An API key, ${KEY_PREFIX}…` } } },
    paths: {
      "/accounts/{accountId}/members": {
        get: { summary: "List members", requestParams: { ...accountPath, ...page }, responses: { "200": json(memberList, "A page of members, oldest first."), ...errors(400, 401, 403, 404, 429) } },
      },
      "/accounts/{accountId}/members/{id}": {
        patch: {
          summary: "Change a member's roles or status",
          requestParams: itemPath,
          requestBody: { content: { "application/json": { schema: memberPatch } } },
          responses: { "200": json(member, "The member as changed."), ...errors(400, 401, 403, 404, 429) },
        },
        delete: { summary: "Delete a member's access", requestParams: itemPath, responses: { "204": { description: "Deleted; the member is mailed." }, ...errors(401, 403, 404, 429) } },
      },
      "/accounts/{accountId}/invitations": {
        get: { summary: "List open invitations", requestParams: { ...accountPath, ...page }, responses: { "200": json(invitationList, "A page of open invitations, oldest first."), ...errors(400, 401, 403, 404, 429) } },
        post: {
          summary: "Invite one address, or up to 20",
          requestParams: { ...accountPath, ...idempotencyKey },
          requestBody: { content: { "application/json": { schema: inviteRequest } } },
          responses: { "201": json(inviteResult, "What became of each address."), ...errors(400, 401, 403, 404, 409, 422, 429) },
        },
      },
      "/accounts/{accountId}/invitations/{id}": {
        delete: { summary: "Cancel an invitation", requestParams: itemPath, responses: { "204": { description: "Cancelled: its link stops working." }, ...errors(401, 403, 404, 429) } },
      },
      "/accounts/{accountId}/invitations/{id}/resend": {
        post: { summary: "Send an invitation again", requestParams: { ...itemPath, ...idempotencyKey }, responses: { "200": json(resendResult, "Sent again, with a new link and a fresh 72 hours."), ...errors(401, 403, 404, 409, 422, 429) } },
      },
      "/accounts/{accountId}/activity": {
        get: { summary: "List the account's access activity", requestParams: { ...accountPath, ...page }, responses: { "200": json(activityList, "A page of events, newest first."), ...errors(400, 401, 403, 404, 429) } },
      },
    },
  }))
}
