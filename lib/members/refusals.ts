import type { Role } from "@/lib/generated/prisma/enums"
import { roleNames, translatorFor } from "@/lib/i18n/catalogs"
import type { Locale } from "@/lib/i18n/locales"
import type { Refusal, RefusalKind } from "@/lib/refusal"

/** Why a change of a member's access was refused, with what the sentence names. */
export type MemberRefusalReason =
  | { key: "memberGone" | "ownAccess" | "notMember" }
  | { key: "outranked"; name: string; roles: Role[] }
  | { key: "grantNotHeld"; roles: Role[] }

/**
 * A refusal the screens write in their reader's language from its reason (sayMemberRefusal); its message is the
 * English one the API answers.
 */
export type MemberRefusal = Refusal & { reason: MemberRefusalReason }

export function memberRefusal(kind: RefusalKind, reason: MemberRefusalReason): MemberRefusal {
  return { ok: false, kind, reason, message: sayMemberRefusal("en", reason) }
}

export function sayMemberRefusal(locale: Locale, reason: MemberRefusalReason): string {
  const t = translatorFor(locale, "members")
  return t(`refusals.${reason.key}`, { name: "name" in reason ? reason.name : "", roles: "roles" in reason ? roleNames(locale, reason.roles) : "" })
}
