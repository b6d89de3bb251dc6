import "server-only"
import { db } from "@/lib/db"
import type { AuditAction, Role } from "@/lib/generated/prisma/enums"
import { ROLE_LABELS } from "@/lib/modules"

export const ACTIVITY_PAGE_SIZE = 25

/** One page of an account's access changes, newest first. */
export async function listActivity(accountId: string, page: number) {
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where: { accountId } }),
    db.auditEvent.findMany({
      where: { accountId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ACTIVITY_PAGE_SIZE,
      take: ACTIVITY_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        targetEmail: true,
        details: true,
        createdAt: true,
        actorEmail: true,
        actor: { select: { name: true, email: true } },
        apiKey: { select: { name: true } },
      },
    }),
  ])
  return { events, pageCount: Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE)) }
}

const webhookUrl = (details: unknown) => (details as { url?: string } | null)?.url ?? "?"
const quotedName = (details: unknown) => `\u201c${(details as { name?: string } | null)?.name ?? ""}\u201d`

type ActivityEvent = {
  action: AuditAction
  targetEmail: string
  details: unknown
  actor: { name: string } | null
  actorEmail?: string | null
  apiKey?: { name: string } | null
}

/**
 * One line of the Activity view, in plain words. An actor whose user was deleted is named by their email; a change
 * made through the API names the key too.
 */
export function describeActivity({ action, targetEmail: target, details, actor, actorEmail, apiKey }: ActivityEvent): string {
  const who = `${actor?.name ?? actorEmail ?? "Hitflow"}${apiKey ? ` (API key \u201c${apiKey.name}\u201d)` : ""}`
  // The invited or leaving person, by name once they have an account, with the address the invitation went to.
  const themselves = actor ? `${actor.name} (${target})` : target
  const roles = (details as { roles?: Role[]; to?: Role[] } | null)?.to ?? (details as { roles?: Role[] } | null)?.roles
  const withRoles = roles ? ` (${roles.map((role) => ROLE_LABELS[role]).join(", ")})` : ""
  switch (action) {
    case "INVITATION_SENT":
      return `${who} invited ${target}${withRoles}`
    case "INVITATION_RESENT":
      return `${who} resent the invitation to ${target}${withRoles}`
    case "INVITATION_CANCELLED":
      return `${who} cancelled the invitation to ${target}`
    case "INVITATION_ACCEPTED":
      return `${themselves} accepted the invitation${withRoles}`
    case "INVITATION_DECLINED":
      return `${themselves} declined the invitation`
    case "INVITATION_EXPIRED":
      return `The invitation to ${target} expired`
    case "INVITATION_REVOKED":
      return `The invitation to ${target}${withRoles} was withdrawn: its sender can no longer give these roles`
    case "MEMBER_ROLES_CHANGED":
      return `${who} changed the roles of ${target}${withRoles}`
    case "MEMBER_DISABLED":
      return `${who} disabled ${target}`
    case "MEMBER_ENABLED":
      return `${who} enabled ${target}`
    case "MEMBER_DELETED":
      return `${who} deleted the access of ${target}`
    case "MEMBER_LEFT":
      return `${themselves} left the account`
    case "TWO_FACTOR_REQUIRED":
      return `${who} required two-factor authentication of everyone in the account`
    case "TWO_FACTOR_NOT_REQUIRED":
      return `${who} stopped requiring two-factor authentication`
    case "OWNERSHIP_TRANSFER_OFFERED":
      return `${who} offered the ownership of the account to ${target}`
    case "OWNERSHIP_TRANSFER_CANCELLED":
      return `${who} cancelled the transfer of ownership to ${target}`
    case "OWNERSHIP_TRANSFERRED":
      return `${themselves} became the owner of the account; the former owner became a member with every role`
    case "API_KEY_CREATED":
      return `${who} created the API key ${quotedName(details)}${withRoles}`
    case "API_KEY_REVOKED":
      return `${who} revoked the API key ${quotedName(details)}`
    case "WEBHOOK_ENDPOINT_ADDED":
      return `${who} added the webhook endpoint ${webhookUrl(details)}`
    case "WEBHOOK_ENDPOINT_DISABLED":
      return actorEmail || actor ? `${who} disabled the webhook endpoint ${webhookUrl(details)}` : `The webhook endpoint ${webhookUrl(details)} was disabled after 3 days of failed deliveries`
    case "WEBHOOK_ENDPOINT_ENABLED":
      return `${who} enabled the webhook endpoint ${webhookUrl(details)}`
    case "WEBHOOK_ENDPOINT_DELETED":
      return `${who} deleted the webhook endpoint ${webhookUrl(details)}`
    case "WEBHOOK_SECRET_ROTATED":
      return `${who} rotated the signing secret of the webhook endpoint ${webhookUrl(details)}`
  }
}
