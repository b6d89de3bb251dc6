import type { Role } from "@/lib/generated/prisma/enums"
import { roleNames, translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import type { Refusal, RefusalKind } from "@/lib/refusal"

/** Why resending or cancelling an invitation was refused, with the roles the sentence names. */
export type InvitationRefusalReason = { key: "notPending" } | { key: "cancelNotHeld"; roles: Role[] }

/** As MemberRefusal: the screens say the reason in their reader's language, the API answers the English message. */
export type InvitationRefusal = Refusal & { reason: InvitationRefusalReason }

export function invitationRefusal(kind: RefusalKind, reason: InvitationRefusalReason): InvitationRefusal {
  return { ok: false, kind, reason, message: sayInvitationRefusal("en", reason) }
}

export function sayInvitationRefusal(locale: Locale, reason: InvitationRefusalReason): string {
  const t = translatorFor(locale, "invitationList")
  return t(`refusals.${reason.key}`, { roles: "roles" in reason ? roleNames(locale, reason.roles) : "" })
}
