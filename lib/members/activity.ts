import "server-only"
import { db } from "@/lib/db"
import type { AuditAction, Role } from "@/lib/generated/prisma/enums"
import { translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"

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
const keyName = (details: unknown) => (details as { name?: string } | null)?.name ?? ""

type ActivityEvent = {
  action: AuditAction
  targetEmail: string
  details: unknown
  actor: { name: string } | null
  actorEmail?: string | null
  apiKey?: { name: string } | null
}

/**
 * The lines of the Activity view in `locale`, in plain words, written when read from the event's kind and values
 * (the screen in its reader's language, the API in English). An actor whose user was deleted is named by their
 * email; a change made through the API names the key too.
 */
export function activityWriter(locale: Locale): (event: ActivityEvent) => string {
  const t = translatorFor(locale, "activity")
  const roleName = translatorFor(locale, "roles")
  return ({ action, targetEmail: target, details, actor, actorEmail, apiKey }) => {
    const actorName = actor?.name ?? actorEmail ?? "Hitflow"
    const who = apiKey ? t("throughKey", { actor: actorName, key: apiKey.name }) : actorName
    // The invited or leaving person, by name once they have an account, with the address the invitation went to.
    const person = actor ? `${actor.name} (${target})` : target
    const roles = (details as { roles?: Role[]; to?: Role[] } | null)?.to ?? (details as { roles?: Role[] } | null)?.roles
    const withRoles = roles ? t("withRoles", { roles: roles.map((role) => roleName(role)).join(", ") }) : ""
    const url = webhookUrl(details)
    if (action === "WEBHOOK_ENDPOINT_DISABLED" && !actorEmail && !actor) return t("webhookDisabledAfterFailures", { url })
    return t(`sentences.${action}`, { who, person, target, roles: withRoles, name: keyName(details), url })
  }
}
