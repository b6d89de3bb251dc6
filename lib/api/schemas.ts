import { z } from "zod"
import { LOCALES } from "@/lib/i18n/locales"
import { emailField } from "@/lib/fields"
import { ROLES } from "@/lib/modules"
import { MAX_ADDRESSES } from "@/lib/invitations/bulk"

// The API's requests and answers as zod schemas: the endpoints parse with them, and the OpenAPI document
// (lib/api/openapi.ts) is generated from them, so the two cannot disagree.

export const role = z.enum(ROLES).meta({ id: "Role", description: "A role of the role table: Technical, Admin or Billing." })
const roles = z.array(role).min(1, { error: "Choose at least one role." }).max(ROLES.length)
const timestamp = z.string().meta({ format: "date-time" })
const uuid = z.uuid()

export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(["invalid_request", "invalid_key", "forbidden", "not_found", "conflict", "idempotency_conflict", "rate_limited", "throttled"]),
      message: z.string(),
      field: z.string().optional(),
    }),
  })
  .meta({ id: "Error" })

export const pageQuery = z.object({
  limit: z.coerce.number({ error: "limit must be a number from 1 to 100." }).int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
})

export const person = z.object({ id: uuid, name: z.string(), email: z.string() }).meta({ id: "Person" })

export const member = z
  .object({
    id: uuid.meta({ description: "The membership's id (what PATCH and DELETE take)." }),
    user: person,
    roles: z.array(role),
    status: z.enum(["active", "disabled"]),
    two_factor: z.boolean(),
    member_since: timestamp,
    status_since: timestamp,
  })
  .meta({ id: "Member" })

export const memberList = z.object({ owner: person, data: z.array(member), next_cursor: z.string().nullable() }).meta({ id: "MemberList" })

export const memberPatch = z
  .object({ roles: roles.optional(), status: z.enum(["active", "disabled"]).optional() })
  .strict()
  .refine((patch) => patch.roles !== undefined || patch.status !== undefined, { error: "Send roles, status, or both." })
  .meta({ id: "MemberPatch" })

export const invitation = z
  .object({
    id: uuid,
    email: z.string(),
    roles: z.array(role),
    status: z.enum(["pending", "expired"]),
    invited_by: person.nullable(),
    sent_at: timestamp,
    expires_at: timestamp,
  })
  .meta({ id: "Invitation" })

export const invitationList = z.object({ data: z.array(invitation), next_cursor: z.string().nullable() }).meta({ id: "InvitationList" })

export const inviteRequest = z
  .object({
    email: z.string().max(320).optional().meta({ description: "One address." }),
    emails: z.array(z.string().max(320)).min(1).max(MAX_ADDRESSES).optional().meta({ description: `Up to ${MAX_ADDRESSES} addresses.` }),
    roles,
    locale: z
      .enum(LOCALES)
      .optional()
      .meta({ description: "The language of the invitation mail and page for someone without a Hitflow user yet (a person who has one reads their own). Default: the language of the key's creator." }),
  })
  .strict()
  .refine((request) => (request.email === undefined) !== (request.emails === undefined), { error: "Send email or emails, not both." })
  .meta({ id: "InviteRequest" })

export const inviteResult = z
  .object({
    data: z.array(
      z.object({
        email: z.string(),
        outcome: z.enum(["sent", "resent", "refused", "invalid"]),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: "InviteResult" })

export const resendResult = z.object({ email: z.string(), status: z.literal("pending") }).meta({ id: "ResendResult" })

export const activityEvent = z
  .object({
    id: uuid,
    action: z.string().meta({ description: "What happened, e.g. INVITATION_SENT or MEMBER_ROLES_CHANGED." }),
    description: z.string(),
    actor: z.object({
      name: z.string().nullable(),
      email: z.string().nullable().meta({ description: "Only for a person whose user was deleted." }),
      api_key: z.string().nullable().meta({ description: "The name of the key the change was made through." }),
    }),
    subject: z.string().meta({ description: "The email the change was about." }),
    details: z.unknown().optional(),
    at: timestamp,
  })
  .meta({ id: "ActivityEvent" })

export const activityList = z.object({ data: z.array(activityEvent), next_cursor: z.string().nullable() }).meta({ id: "ActivityList" })

/** The email of a one-address invitation, normalised as every email is (lib/fields.ts). */
export const oneEmail = emailField
